# Lock and RLock: blocking, non-blocking and timed acquires, context managers, ownership errors, and
# a counter that stays right when many threads update it under a lock.
import threading
import time
import _thread

lock = threading.Lock()
print(type(lock).__name__, type(lock) is _thread.LockType, repr(lock).startswith("<unlocked _thread.lock object"))
print(lock.acquire(), lock.locked(), repr(lock).startswith("<locked _thread.lock"))
print("non-blocking while held:", lock.acquire(False), lock.acquire(blocking=False))
t0 = time.monotonic()
print("timed while held:", lock.acquire(timeout=0.05), time.monotonic() - t0 >= 0.04)
lock.release()
print("released:", lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
for args, kwargs in [((False, 1), {}), ((), {"timeout": -2}), ((), {"timeout": 1e300})]:
    try:
        lock.acquire(*args, **kwargs)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
with lock:
    print("in with:", lock.locked())
print("after with:", lock.locked())
print(lock.acquire_lock(), lock.locked_lock())
lock.release_lock()

# a lock may be released by another thread than the one that acquired it
handoff = threading.Lock()
handoff.acquire()
threading.Thread(target=handoff.release).start()
print("acquired after other thread released:", handoff.acquire(timeout=5))
handoff.release()

r = threading.RLock()
print(repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0"))
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
print(repr(r).endswith("count=3 at " + repr(r).split(" at ")[-1]), "count=3" in repr(r))
r.release()
r.release()
with r:
    print("nested with ok", "count=2" in repr(r))
r.release()
print("free again:", "unlocked" in repr(r))
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

# another thread cannot take or release an RLock held here
r.acquire()
outcome = []


def other():
    outcome.append(r.acquire(False))
    outcome.append(r.acquire(timeout=0.02))
    try:
        r.release()
    except RuntimeError as e:
        outcome.append(str(e))


t = threading.Thread(target=other)
t.start()
t.join()
r.release()
print(outcome)

# a shared counter updated by 8 threads
counter = 0
counter_lock = threading.Lock()


def add(n):
    global counter
    for _ in range(n):
        with counter_lock:
            counter += 1


threads = [threading.Thread(target=add, args=(2000,)) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter:", counter)

# acquire order: a waiter gets the lock once it is released
order = []
gate = threading.Lock()
gate.acquire()


def waiter(name):
    with gate:
        order.append(name)


w = threading.Thread(target=waiter, args=("w",))
w.start()
time.sleep(0.05)
order.append("main")
gate.release()
w.join()
print(order)
print(threading.Lock is _thread.allocate_lock, type(threading.RLock()) is _thread.RLock)
