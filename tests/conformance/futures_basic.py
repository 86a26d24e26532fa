# concurrent.futures with threads: submit, map, results and exceptions, callbacks, cancel, shutdown.
import threading
import time
from concurrent.futures import (ThreadPoolExecutor, Future, CancelledError, TimeoutError, InvalidStateError,
                                Executor, BrokenExecutor)
import concurrent.futures as cf


def square(x):
    return x * x


def fail(x):
    raise KeyError(x)


with ThreadPoolExecutor(max_workers=4) as ex:
    f = ex.submit(square, 7)
    print("result:", f.result(), f.done(), f.running(), f.cancelled(), f.exception())
    print("map:", list(ex.map(square, range(10))))
    print("map two iterables:", list(ex.map(pow, [2, 3, 4], [5, 2, 0])))
    print("kwargs:", ex.submit(sorted, [3, 1, 2], reverse=True).result())
    bad = ex.submit(fail, "missing")
    try:
        bad.result()
    except KeyError as e:
        print("KeyError from result:", e.args)
    print("exception():", repr(bad.exception()), bad.done())
    print(repr(f).startswith("<Future at 0x") and repr(f).endswith("state=finished returned int>"))
    print(repr(bad).endswith("state=finished raised KeyError>"))
    try:
        list(ex.map(fail, [1, 2]))
    except KeyError as e:
        print("map re-raises:", e)

print("after with:", ex._shutdown)
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError:", e)

# worker names and thread reuse
names = set()


def record(_):
    names.add(threading.current_thread().name)
    time.sleep(0.01)


with ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as ex:
    list(ex.map(record, range(6)))
print(sorted(names))

# callbacks run when the future completes (at once if it is done already)
calls = []
with ThreadPoolExecutor(1) as ex:
    gate = threading.Event()
    f1 = ex.submit(gate.wait)
    f1.add_done_callback(lambda fut: calls.append(("cb1", fut.result())))
    gate.set()
    f1.result()
    f1.add_done_callback(lambda fut: calls.append(("cb2", fut.done())))
time.sleep(0.01)
print(calls)

# cancel: a queued call can be cancelled, a running one cannot
with ThreadPoolExecutor(max_workers=1) as ex:
    block = threading.Event()
    running = ex.submit(block.wait)
    queued = ex.submit(square, 3)
    time.sleep(0.05)
    print("cancel running:", running.cancel(), "cancel queued:", queued.cancel())
    print(running.running(), queued.cancelled(), queued.done())
    block.set()
try:
    queued.result()
except CancelledError:
    print("CancelledError")
print(repr(queued).endswith("state=cancelled>"))

# result and exception with timeouts
with ThreadPoolExecutor(max_workers=1) as ex:
    slow = ex.submit(time.sleep, 0.2)
    try:
        slow.result(timeout=0.01)
    except TimeoutError:
        print("TimeoutError from result")
    try:
        slow.exception(timeout=0.01)
    except TimeoutError:
        print("TimeoutError from exception")
    print("then:", slow.result())
print(TimeoutError is cf.TimeoutError, issubclass(CancelledError, cf._base.Error))

# map with a timeout
with ThreadPoolExecutor(max_workers=2) as ex:
    it = ex.map(time.sleep, [0, 0.5], timeout=0.1)
    print(next(it))
    try:
        next(it)
    except TimeoutError:
        print("map timeout")

# a Future used directly
fut = Future()
print(fut.done(), fut.running(), repr(fut).endswith("state=pending>"))
print(fut.set_running_or_notify_cancel(), fut.running())
fut.set_result("ok")
print(fut.result(), fut.done())
try:
    fut.set_result("again")
except InvalidStateError as e:
    print("InvalidStateError:", str(e).split(":")[0])
fut2 = Future()
fut2.set_exception(ValueError("nope"))
print(type(fut2.exception()).__name__, fut2.done())
fut3 = Future()
print(fut3.cancel(), fut3.cancelled(), fut3.set_running_or_notify_cancel())

# errors from the constructor and shutdown options
for bad in (lambda: ThreadPoolExecutor(0), lambda: ThreadPoolExecutor(-1), lambda: ThreadPoolExecutor(initializer=5)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
ex = ThreadPoolExecutor(max_workers=1)
hold = threading.Event()
first = ex.submit(hold.wait)
rest = [ex.submit(square, i) for i in range(3)]
time.sleep(0.05)
ex.shutdown(wait=False, cancel_futures=True)
hold.set()
print("cancelled by shutdown:", [r.cancelled() for r in rest], first.result())
ex.shutdown()

# an initializer runs in each worker; a failing one breaks the pool
init_names = []
with ThreadPoolExecutor(max_workers=2, initializer=init_names.append, initargs=("init",)) as ex:
    list(ex.map(square, range(4)))
print("initializer ran:", set(init_names))


def bad_init():
    raise OSError("no resources")


broken = ThreadPoolExecutor(max_workers=1, initializer=bad_init)
bf = broken.submit(square, 2)
try:
    bf.result()
except BrokenExecutor as e:
    print(type(e).__name__ + ":", e)
try:
    broken.submit(square, 3)
except BrokenExecutor as e:
    print("submit after broken:", type(e).__name__)
broken.shutdown()
print(issubclass(cf.thread.BrokenThreadPool, BrokenExecutor), isinstance(ThreadPoolExecutor(), Executor))
