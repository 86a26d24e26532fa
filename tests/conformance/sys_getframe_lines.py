# sys._getframe(depth).f_lineno: the line each frame is running, the innermost one included, at module level,
# in functions, methods, comprehensions and loops (compiled after enough iterations too).
import sys


def here():
    return sys._getframe().f_lineno


def caller_line():
    return sys._getframe(1).f_lineno


def both():
    inner = sys._getframe(0).f_lineno
    outer = caller_line()
    return inner, outer


class Probe:
    def where(self):
        return sys._getframe().f_lineno, sys._getframe(1).f_code.co_name


print(sys._getframe().f_lineno, here(), caller_line())
print(both())
print(Probe().where())
print([sys._getframe().f_lineno for _ in range(2)])
lines = set()
for i in range(3000):
    lines.add((here(), sys._getframe().f_lineno, caller_line()))
print(sorted(lines))
frame = sys._getframe()
print(frame.f_code.co_name, frame.f_back)
