# Condition, Semaphore, BoundedSemaphore, Event and Barrier coordinating threads.
import threading
import time

# Condition: a consumer waits for items that a producer appends
items = []
cond = threading.Condition()
consumed = []


def consumer(n):
    for _ in range(n):
        with cond:
            while not items:
                cond.wait()
            consumed.append(items.pop(0))


c = threading.Thread(target=consumer, args=(5,))
c.start()
for i in range(5):
    with cond:
        items.append(i * 10)
        cond.notify()
    time.sleep(0.001)
c.join()
print("consumed:", consumed)

# wait_for with a predicate, wait with a timeout, errors outside the lock
with cond:
    print("wait timeout:", cond.wait(0.01))
    print("wait_for true:", cond.wait_for(lambda: True), "false:", cond.wait_for(lambda: 0, timeout=0.01))
for op in (cond.wait, cond.notify, cond.notify_all):
    try:
        op()
    except RuntimeError as e:
        print("RuntimeError:", e)
print(repr(threading.Condition(threading.Lock())).startswith("<Condition(<unlocked _thread.lock object"))

# notify_all wakes every waiter; notify(n) wakes n
ready = threading.Condition()
flag = [False]
woken = []


def sleeper(i):
    with ready:
        ready.wait_for(lambda: flag[0])
        woken.append(i)


ts = [threading.Thread(target=sleeper, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
time.sleep(0.05)
with ready:
    flag[0] = True
    ready.notify_all()
for t in ts:
    t.join()
print("all woken:", sorted(woken))

# Semaphore bounds how many threads are inside at once
sem = threading.Semaphore(2)
inside = [0]
peak = [0]
guard = threading.Lock()


def limited():
    with sem:
        with guard:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        time.sleep(0.02)
        with guard:
            inside[0] -= 1


ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak inside:", peak[0])
s = threading.Semaphore(0)
print(s.acquire(blocking=False), s.acquire(timeout=0.01))
s.release(3)
print(s.acquire(), s.acquire(), s.acquire(), s.acquire(False))
for bad in (lambda: threading.Semaphore(-1), lambda: s.acquire(False, 1), lambda: s.release(0)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
b = threading.BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
print(isinstance(b, threading.Semaphore))

# Event
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
got = []
waiters = [threading.Thread(target=lambda: got.append(ev.wait(5))) for _ in range(3)]
for t in waiters:
    t.start()
ev.set()
for t in waiters:
    t.join()
print("event waiters:", got, ev.is_set(), ev.isSet())
ev.clear()
print("cleared:", ev.is_set())

# Barrier: every party waits for the others; the action runs once per round
rounds = []
barrier = threading.Barrier(3, action=lambda: rounds.append("action"))
indices = []
idx_lock = threading.Lock()


def party():
    for _ in range(2):
        i = barrier.wait()
        with idx_lock:
            indices.append(i)


ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("indices:", sorted(indices), rounds, barrier.parties, barrier.n_waiting, barrier.broken)

# a timeout breaks the barrier for everyone
b2 = threading.Barrier(2, timeout=0.02)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("broken by timeout:", b2.broken)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("still broken")
b2.reset()
print("after reset:", b2.broken)

# abort wakes a waiting party with BrokenBarrierError
b3 = threading.Barrier(2)
outcome = []


def waits():
    try:
        b3.wait()
    except threading.BrokenBarrierError:
        outcome.append("BrokenBarrierError")


t = threading.Thread(target=waits)
t.start()
while b3.n_waiting == 0:
    time.sleep(0.001)
b3.abort()
t.join()
print(outcome, b3.broken, issubclass(threading.BrokenBarrierError, RuntimeError))
try:
    threading.Barrier(0)
except ValueError as e:
    print("ValueError:", e)
