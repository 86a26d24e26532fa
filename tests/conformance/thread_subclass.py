# Subclassing Thread (run, __init__), Timer, excepthook and exceptions raised in threads.
import sys
import threading


class Counter(threading.Thread):
    def __init__(self, n, name=None):
        super().__init__(name=name)
        self.n = n
        self.total = 0

    def run(self):
        for i in range(self.n):
            self.total += i


workers = [Counter(n, name="counter-%d" % n) for n in (10, 100, 1000)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print([(w.name, w.total) for w in workers])
print(repr(Counter(1)).startswith("<Counter(Thread-"))


class Greeter(threading.Thread):
    # run() of the base class calls the target; a subclass may add to it
    def run(self):
        print("greeter starts")
        super().run()
        print("greeter done")


g = Greeter(target=print, args=("hello", "from", "target"), kwargs={"sep": "-"})
g.start()
g.join()

# Timer: runs after the interval unless cancelled
fired = []
t1 = threading.Timer(0.05, fired.append, args=["first"])
t2 = threading.Timer(10, fired.append, args=["never"])
t3 = threading.Timer(0.01, lambda **kw: fired.append(kw), kwargs={"k": 1})
t1.start()
t2.start()
t3.start()
t2.cancel()
t1.join()
t2.join()
t3.join()
print(sorted(map(str, fired)), t2.finished.is_set())
print(isinstance(t1, threading.Thread), t1.interval, t1.daemon)

# exceptions in a thread go to threading.excepthook; the thread just ends
hooked = []


def hook(args):
    hooked.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                   args.exc_traceback is not None))


def fail(x):
    raise ValueError("bad value %d" % x)


old = threading.excepthook
threading.excepthook = hook
bad = threading.Thread(target=fail, args=(7,), name="failing")
bad.start()
bad.join()
print(hooked, bad.is_alive())

# SystemExit in a thread is passed to the hook too (the default hook ignores it)
ex = threading.Thread(target=sys.exit, args=(3,), name="exiting")
ex.start()
ex.join()
print(hooked[-1][:3])

# a hook that fails is reported, the program goes on
def broken_hook(args):
    raise RuntimeError("hook failed")


threading.excepthook = broken_hook
b2 = threading.Thread(target=fail, args=(1,))
b2.start()
b2.join()
threading.excepthook = old
print(threading.excepthook is threading.__excepthook__)

# the default hook prints to stderr and the program continues
b3 = threading.Thread(target=fail, args=(2,), name="loud")
b3.start()
b3.join()
args = threading.ExceptHookArgs((ValueError, ValueError("x"), None, None))
print(args.exc_type.__name__, args.exc_value, args.exc_traceback, args.thread)
print("main continues")
