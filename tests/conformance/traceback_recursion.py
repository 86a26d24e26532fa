# Deep recursion: where RecursionError strikes (module bodies count as frames), and how a traceback
# prints a run of identical entries (the first three, then "[Previous line repeated N more times]").
import sys
import traceback


def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


def via():
    return depth(0)


def a(n):
    if n == 0:
        raise ValueError("bottom")
    return b(n - 1)


def b(n):
    return a(n)


def c(n):
    if n > 0:
        return c(n - 1)
    return a(6)


def forever(n):
    return forever(n + 1)


def show(fn, *args):
    try:
        fn(*args)
    except Exception:
        for line in traceback.format_exc().splitlines():
            if line.startswith('  File '):
                line = '  ' + line.split(', ', 1)[1]
            print(line)


print(depth(0), via())
show(c, 5)
show(c, 4)
show(forever, 0)
try:
    forever(0)
except RecursionError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print(len(tb), traceback.format_list(tb)[-1], [len(x.splitlines()) for x in traceback.format_list(tb)[-2:]])
sys.setrecursionlimit(60)
print(depth(0), via())
