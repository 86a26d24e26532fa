# The GIL's knobs in sys, and the low-level _thread module that threading is built on.
import sys
import time
import _thread

print("default switch interval:", sys.getswitchinterval())
for value in (0.001, 1, 0.0000001, 0.5):
    sys.setswitchinterval(value)
    print(value, "->", sys.getswitchinterval())
for bad in (0, -1, "fast", None):
    try:
        sys.setswitchinterval(bad)
    except (ValueError, TypeError) as e:
        print(type(bad).__name__, type(e).__name__ + ":", e)
sys.setswitchinterval(0.005)

# start_new_thread with args and kwargs; a lock released by the thread signals completion
done = _thread.allocate_lock()
out = []


def job(a, b, *, c):
    out.append((a, b, c, _thread.get_ident() != main_ident))
    done.release()


main_ident = _thread.get_ident()
done.acquire()
ident = _thread.start_new_thread(job, (1, 2), {"c": 3})
done.acquire()
print(out, isinstance(ident, int), isinstance(_thread.get_native_id(), int))

# many threads, counted while they run
count_lock = _thread.allocate_lock()
finished = [0]
release = _thread.allocate_lock()
release.acquire()


def waiter():
    release.acquire()
    release.release()
    with count_lock:
        finished[0] += 1


for _ in range(5):
    _thread.start_new_thread(waiter, ())
time.sleep(0.05)
print("running:", _thread._count())
release.release()
while True:
    with count_lock:
        if finished[0] == 5:
            break
    time.sleep(0.005)
time.sleep(0.05)
print("finished:", finished[0], "running:", _thread._count())

for args in ((1, ()), (print, [1]), (print, (), [])):
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print("TypeError:", e)
print(_thread.stack_size())
try:
    _thread.stack_size(1000)
except ValueError as e:
    print("ValueError:", e)
print(_thread.error is RuntimeError, type(_thread.allocate_lock()) is _thread.LockType)
print(_thread.allocate is _thread.allocate_lock or _thread.allocate() is not None)

# a thread ending with SystemExit (_thread.exit) ends quietly
quiet = _thread.allocate_lock()
quiet.acquire()


def leave():
    quiet.release()
    _thread.exit()


_thread.start_new_thread(leave, ())
quiet.acquire()
time.sleep(0.02)
print("after _thread.exit")

# interrupt_main raises KeyboardInterrupt in the main thread
try:
    _thread.interrupt_main()
    for _ in range(1000):
        time.sleep(0.001)
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt in main thread")

# each thread has its own recursion depth: four threads deep at the same time stay under the limit
import threading

deep = threading.Barrier(4)
depths = []


def dive(n):
    if n == 0:
        deep.wait()
        return 0
    return dive(n - 1) + 1


def diver():
    depths.append(dive(700))


divers = [threading.Thread(target=diver) for _ in range(4)]
for t in divers:
    t.start()
for t in divers:
    t.join()
print("depths:", depths)
