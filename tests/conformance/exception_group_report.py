# How an exception group is reported: nested numbered boxes, member tracebacks, chaining, notes, and the
# limits of 15 members and 10 levels (traceback.format_exception, as the interpreter prints it).
import sys, traceback
def f():
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
def g():
    try:
        f()
    except ExceptionGroup as e:
        raise RuntimeError("wrapped") from e
def leaf(n):
    raise KeyError(n)
def h():
    excs = []
    for i in range(3):
        try:
            leaf(i)
        except KeyError as e:
            excs.append(e)
    excs.append(ExceptionGroup("inner", [ValueError('v'), ExceptionGroup("deep", [OSError(2, 'no')])]))
    raise ExceptionGroup("outer", excs)
def wide():
    raise ExceptionGroup("wide", [ValueError(i) for i in range(17)])
def noted():
    e = ExceptionGroup("n", [ValueError(1)])
    e.add_note("a note")
    raise e
for fn in (f, g, h, wide, noted):
    try:
        fn()
    except BaseException as e:
        print("".join(traceback.format_exception(e)).replace(__file__, "FILE"))
def nest(d):
    if d == 0:
        return ValueError('bottom')
    return ExceptionGroup(f"d{d}", [nest(d - 1)])
try:
    raise nest(12)
except BaseException as e:
    print("".join(traceback.format_exception(e)).replace(__file__, "FILE"))
