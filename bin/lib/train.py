# AOT-cache training workload for bin/krait (run at build time with exactly the run flags).
# The JDK records which classes this run loads and links, so later runs start faster: exercise the
# paths every program takes (start-up, parsing, calls, loops, int/float/str/list/dict work, printing,
# exceptions, imports). Keep it under a few seconds. Edit freely: bin/krait retrains when this file changes.
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


def strings():
    parts = []
    for i in range(200):
        parts.append(str(i) + "-" + "x" * (i % 7))
    text = ",".join(parts)
    return len(text.split(",")), text.upper()[:10], f"{len(text)} chars, {3.5:.2f}"


def dicts():
    d = {}
    for i in range(500):
        d["k" + str(i)] = i * i
    return sum(d.values()), len(d), sorted(d)[:3]


def errors():
    try:
        {}["missing"]
    except KeyError as e:
        return repr(e)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


print("hello")
print(count(100000), fib(18), loops(), strings()[0], dicts()[1], errors(), Point(1, 2), file=sys.stderr)
