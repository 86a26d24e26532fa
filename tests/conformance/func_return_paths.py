# Functions returning from if/elif/else branches, early returns, falling off the end, and the lines tracebacks give.
import traceback
def sign(x):
    if x > 0:
        return 1
    elif x < 0:
        return -1
    return 0
def classify(n):
    if n % 2:
        kind = "odd"
        if n > 10:
            return kind + " big"
    else:
        kind = "even"
    total = n * 2
    return f"{kind} {total}"
def nothing(x):
    if x:
        y = 1
def early(x):
    if x is None:
        return
    print("early got", x)
def fails(x):
    if x > 1:
        return 1 / (x - 2)
    y = x + 1
    return [y][x + 5]
def test_fail(x):
    if len(x):
        return 0
def loop_ret(xs):
    for x in xs:
        if x > 2:
            return x
    if xs:
        return -1
print([sign(v) for v in (5, -3, 0)], classify(3), classify(13), classify(4), nothing(1), nothing(0), early(None), early(7))
print(loop_ret([1, 5]), loop_ret([1]), loop_ret([]))
for arg in (2, 0):
    try:
        fails(arg)
    except Exception:
        print([(f.name, f.lineno, f.line) for f in traceback.extract_tb(__import__("sys").exc_info()[2])])
try:
    test_fail(5)
except TypeError:
    print([(f.name, f.lineno, f.line) for f in traceback.extract_tb(__import__("sys").exc_info()[2])])
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(20))
