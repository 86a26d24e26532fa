# timeit: what runs how often (statements as text and as callables), and the command line's report, timed
# with a fake clock so that the output is the same on every machine.
import io
import sys
import timeit

calls = []
t = timeit.Timer(lambda: calls.append(1), setup=lambda: calls.append("setup"))
t.timeit(number=5)
print(calls.count(1), calls.count("setup"))
print(len(t.repeat(repeat=3, number=2)), calls.count(1), calls.count("setup"))

namespace = {"counter": [0]}
print(timeit.timeit("counter[0] += 1", number=7, globals=namespace) >= 0, namespace["counter"])
print(len(timeit.repeat("x = 1", setup="y = 2", repeat=4, number=10)))
print(timeit.Timer("pass").timeit(0) >= 0.0, isinstance(timeit.default_timer(), float))

for bad in ("x = (", 3):
    try:
        timeit.Timer(bad)
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__, e.msg if isinstance(e, SyntaxError) else e)


class FakeClock:
    """A timer that advances by `step` seconds each time it is read."""

    def __init__(self, step):
        self.now = 0.0
        self.step = step

    def __call__(self):
        self.now += self.step
        return self.now


def run_main(args, step=0.001):
    out = io.StringIO()
    saved = sys.stdout
    sys.stdout = out
    try:
        status = timeit.main(args, _wrap_timer=lambda timer: FakeClock(step))
    finally:
        sys.stdout = saved
    print(repr(status), out.getvalue(), end="")


run_main(["-n", "100", "-r", "3", "pass"])
run_main(["--number=10", "--repeat=2", "-u", "msec", "x = 1"])
run_main(["-n", "1", "-r", "1", "-u", "sec", "pass"])
run_main(["-s", "import math", "-n", "5", "math.sqrt(2)"], step=2.5e-8)
run_main(["-v", "-n", "2", "-r", "2", "pass"])
run_main(["pass"], step=0.25)
run_main(["-x"])
run_main(["--number"])

seen = []
clock = FakeClock(0.03)
timer = timeit.Timer(clock, timer=clock)  # each pass reads the clock too: a run takes 0.03 * (number + 1) s
number, taken = timer.autorange(lambda n, taken: seen.append(n))
print(number, round(taken, 6), seen)
