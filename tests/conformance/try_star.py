# except* (PEP 654): each clause handles the matching part of the exception as a group (a lone exception
# wrapped in one); what handlers raise and what no clause matched are raised together at the end.
import traceback
def show(f):
    try:
        f()
    except BaseException as e:
        print("->", repr(e))
def a():
    try:
        raise ValueError(1)
    except* ValueError as e:
        print("caught", repr(e), type(e.exceptions[0]).__name__)
    print("after a")
def b():
    try:
        raise ValueError(1)
    except* ValueError:
        raise
def c():
    try:
        raise ValueError(1)
    except* TypeError:
        print("no")
def d():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as e:
        print("V", repr(e))
    except* TypeError as e:
        print("T", repr(e))
        raise
def e_():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError('new')
def f():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError('new')
    except* TypeError:
        pass
def g():
    try:
        pass
    except* ValueError:
        pass
    else:
        print("else runs")
    finally:
        print("finally runs")
def h():
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* (ValueError, TypeError) as e:
        print("tuple", repr(e))
    finally:
        print("fin")
def i():
    try:
        raise ValueError(5)
    except* ValueError as e:
        raise e
def j():
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* ExceptionGroup:
        pass
def k():
    try:
        raise KeyboardInterrupt()
    except* KeyboardInterrupt as e:
        print("kb", repr(e))
for fn in (a, b, c, d, e_, f, g, h, i, j, k):
    print(fn.__name__); show(fn)
