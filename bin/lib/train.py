# AOT-cache training workload for bin/krait (run at build time with exactly the run flags).
# The JDK records which classes this run loads and links, so later runs start faster: exercise the
# paths every program takes (start-up, parsing, calls, loops, int/float/str/list/dict work, printing,
# exceptions, classes, imports). Keep it to a few seconds. Each step runs on its own, so a feature the
# language lacks only skips that step. Edit freely: bin/krait retrains when this file changes.
import sys


def count(n):
    while n > 0:
        n -= 1
    return n


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def loops():
    total = 0
    for i in range(2000):
        if i % 3 == 0:
            total += i
        elif i % 5 == 0:
            total -= 1
    return total


def floats():
    x = 0.0
    for i in range(1000):
        x = x * 0.5 + i / 3
    return round(x, 3)


def strings():
    parts = []
    for i in range(200):
        parts.append(str(i) + "-" + "x" * (i % 7))
    text = ",".join(parts)
    return len(text.split(",")), text.upper()[:10], f"{len(text)} chars, {3.5:.2f}", "%d%%" % 5


def collections():
    d = {}
    for i in range(500):
        d["k" + str(i)] = i * i
    squares = [v for v in d.values() if v % 2 == 0]
    return sum(squares), len(d), sorted(d)[:3], set(range(10)) & {2, 3, 42}, tuple(squares[:3])


def errors():
    try:
        {}["missing"]
    except KeyError as e:
        return repr(e)


def classes():
    class Point:
        def __init__(self, x, y):
            self.x = x
            self.y = y

        def __repr__(self):
            return f"Point({self.x}, {self.y})"

        def __add__(self, other):
            return Point(self.x + other.x, self.y + other.y)

    return Point(1, 2) + Point(3, 4)


def imports():
    # os is what most programs import first (every benchmark kernel does); its module object is built from
    # lambdas whose call sites the cache links ahead of time only if this run creates them
    import math
    import os
    import time
    return math.sqrt(2.0), time.perf_counter() > 0, os.path.join("a", "b"), os.environ.get("KRAIT_TRAIN", "")


def jit():
    # loads @jit's compiler (type inference, ASM) into the cache: a program's first compilation starts warm
    from numba import njit

    @njit
    def kernel(n):
        s = 0.0
        for i in range(n):
            s += i * 0.5 if i % 2 else -1
        return s, n // 3

    return kernel(1000)


def arrays():
    # loads numpy's core (arrays, ufuncs, reductions, printing) into the cache
    import numpy as np
    a = np.arange(12).reshape(3, 4)
    return repr(a * 0.5 + 1), a.sum(axis=0), str(np.linspace(0, 1, 5)), a[1:, ::2].T


def threads():
    # starting a thread (a polyglot thread entering the context, threading's locks and events) is cold the first
    # time a program does it: cache those classes too
    import threading
    results = []
    workers = [threading.Thread(target=lambda k=k: results.append(fib(12) + k)) for k in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return sorted(results)


def graal():
    # runs a loop until Truffle has compiled it, so that the Graal compiler's own classes are in the cache too:
    # a program's first compilation then starts with them loaded and linked
    import time
    start = time.perf_counter()
    while time.perf_counter() - start < 20:
        t = time.perf_counter()
        count(200000)
        if time.perf_counter() - t < 0.002:
            return "compiled"
    return "not compiled"


print("hello")
for step in (lambda: count(100000), lambda: fib(18), loops, floats, strings, collections, errors, classes,
             imports, jit, arrays, threads, graal):
    try:
        print(step(), file=sys.stderr)
    except Exception as e:
        print("training step failed:", repr(e), file=sys.stderr)
