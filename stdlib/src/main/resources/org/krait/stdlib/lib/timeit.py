"""Time small pieces of code, from a program (Timer, timeit, repeat) or the command line (krait -m timeit).

A statement given as text runs inside a generated function that loops `number` times, so each pass costs
one loop step; a callable is called once per pass. The collector is switched off while timing, as in CPython
(on the JVM this only tells gc.isenabled(): the JVM collects when it must).
"""
import gc
import itertools
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_SOURCE_NAME = "<timeit-src>"
_module_globals = globals


def _source(code, name, namespace, depth):
    """The source that runs `code` inside the timing function: the text itself indented to `depth`, or a call of
    the callable, stored in `namespace` as `name`."""
    if isinstance(code, str):
        compile(code, _SOURCE_NAME, "exec")  # a syntax error is reported for the piece that has it
        return code.replace("\n", "\n" + " " * depth)
    if callable(code):
        namespace[name] = code
        return name + "()"
    raise ValueError("%s is neither a string nor callable" % name[1:])


class Timer:
    """Times `stmt` (text or a callable) after running `setup` once per measurement."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        namespace = {}
        setup_code = _source(setup, "_setup", namespace, 4)
        stmt_code = _source(stmt, "_stmt", namespace, 8)
        self.src = ("def inner(_it, _timer):\n"
                    "    " + setup_code + "\n"
                    "    _t0 = _timer()\n"
                    "    for _i in _it:\n"
                    "        " + stmt_code + "\n"
                    "    _t1 = _timer()\n"
                    "    return _t1 - _t0\n")
        run_globals = _module_globals() if globals is None else globals
        exec(compile(self.src, _SOURCE_NAME, "exec"), run_globals, namespace)
        self.inner = namespace["inner"]

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Seconds taken by `number` runs of the statement (the setup runs once before them)."""
        passes = itertools.repeat(None, number)
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return self.inner(passes, self.timer)
        finally:
            if was_enabled:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of `repeat` results of timeit(number)."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """(number, seconds) for the first number in 1, 2, 5, 10, 20, 50, ... whose run takes 0.2 s or more."""
        scale = 1
        while True:
            for factor in (1, 2, 5):
                number = scale * factor
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return number, taken
            scale *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat, number=default_number,
           globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


_UNITS = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}

_USAGE = """\
usage: krait -m timeit [-n N] [-r N] [-s S] [-p] [-u U] [-v] [-h] [statement ...]

  -n N, --number=N   how many times to execute 'statement' (default: grow until 0.2 s)
  -r N, --repeat=N   how many times to repeat the timer (default 5)
  -s S, --setup=S    statement to run once before (default 'pass'; may be given several times)
  -p, --process      measure process time, not wall-clock time
  -u U, --unit=U     unit of the result: nsec, usec, msec or sec
  -v, --verbose      print the raw timings (repeat for more digits)
  -h, --help         print this message and exit
"""


def _options(args):
    """(options dict, statement lines) of a command line; raises ValueError on a bad option."""
    short = {"n": "number", "r": "repeat", "s": "setup", "u": "unit", "p": "process", "v": "verbose", "h": "help"}
    takes_value = {"number", "repeat", "setup", "unit"}
    found = []
    i = 0
    while i < len(args) and args[i].startswith("-") and args[i] != "-":
        arg = args[i]
        i += 1
        if arg == "--":
            break
        if arg.startswith("--"):
            name, eq, value = arg[2:].partition("=")
            matches = [n for n in short.values() if n.startswith(name)] if name else []
            if len(matches) != 1:
                raise ValueError("option --%s not recognized" % name)
            name = matches[0]
            if name in takes_value and not eq:
                if i >= len(args):
                    raise ValueError("option --%s requires argument" % name)
                value = args[i]
                i += 1
            elif name not in takes_value and eq:
                raise ValueError("option --%s must not have an argument" % name)
            found.append((name, value))
            continue
        letters = arg[1:]
        while letters:
            letter, letters = letters[0], letters[1:]
            if letter not in short:
                raise ValueError("option -%s not recognized" % letter)
            name = short[letter]
            if name in takes_value:
                if not letters:
                    if i >= len(args):
                        raise ValueError("option -%s requires argument" % letter)
                    letters = args[i]
                    i += 1
                found.append((name, letters))
                letters = ""
            else:
                found.append((name, ""))
    return found, args[i:]


def main(args=None, *, _wrap_timer=None):
    """The command line: prints the best time per loop; returns 0, or 2 after a usage error."""
    if args is None:
        args = sys.argv[1:]
    try:
        found, statement = _options(args)
    except ValueError as e:
        print(e)
        print("use -h/--help for command line help")
        return 2
    timer = default_timer
    number = 0
    setup = []
    repeat_count = default_repeat
    verbose = 0
    unit = None
    for name, value in found:
        if name == "number":
            number = int(value)
        elif name == "setup":
            setup.append(value)
        elif name == "unit":
            if value not in _UNITS:
                print("Unrecognized unit. Please select nsec, usec, msec, or sec.", file=sys.stderr)
                return 2
            unit = value
        elif name == "repeat":
            repeat_count = max(int(value), 1)
        elif name == "process":
            timer = time.process_time
        elif name == "verbose":
            verbose += 1
        elif name == "help":
            print(_USAGE, end="")
            return 0
    stmt = "\n".join(statement) or "pass"
    setup = "\n".join(setup) or "pass"
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)
    import os
    sys.path.insert(0, os.curdir)  # the statement may import modules of the current directory
    t = Timer(stmt, setup, timer)
    precision = 3 + verbose
    try:
        if number == 0:
            def report(count, taken):
                if verbose:
                    print("%d loop%s -> %.*g secs" % (count, "" if count == 1 else "s", precision, taken))
            number, _ = t.autorange(report if verbose else None)
            if verbose:
                print()
        raw = t.repeat(repeat_count, number)
    except BaseException:
        t.print_exc()
        return 1

    def format_time(seconds):
        if unit is not None:
            return "%.*g %s" % (precision, seconds / _UNITS[unit], unit)
        for name, scale in sorted(_UNITS.items(), key=lambda item: -item[1]):
            if seconds >= scale:
                break
        return "%.*g %s" % (precision, seconds / scale, name)

    if verbose:
        print("raw times: %s" % ", ".join(format_time(dt) for dt in raw))
        print()
    per_loop = [dt / number for dt in raw]
    best = min(per_loop)
    print("%d loop%s, best of %d: %s per loop" % (number, "" if number == 1 else "s", repeat_count,
                                                  format_time(best)))
    worst = max(per_loop)
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit("The test results are likely unreliable. The worst time (%s) was %0.1f times "
                               "slower than the best time (%s)." % (format_time(worst), worst / best,
                                                                    format_time(best)),
                               UserWarning, "", 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
