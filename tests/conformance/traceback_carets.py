# Tracebacks point at the failing expression as CPython 3.11 does: ^^^ under a call, ~^^^ under a subscript,
# ~~^~~ under a binary operator, no markers when the expression is the whole line. File paths differ between
# machines, so only "line N, in NAME" of each File line is printed, with the source line and markers below it.
import traceback


def show(fn, *args):
    try:
        fn(*args)
    except Exception:
        for line in traceback.format_exc().splitlines():
            if line.startswith('  File '):
                line = '  ' + line.split(', ', 1)[1]
            print(line)
    print('-' * 20)


def lookup(d, k):
    return d[k] + 1


def outer(x):
    y = lookup({"a": 1}, x) * 2
    return y


def whole_line(x):
    lookup({}, x)


def divide(a, b):
    return a / b


def power(a, b):
    return a ** b + 1


def attribute(obj):
    value = obj.missing
    return value


def name_error():
    return undefined_name + 1


def method(items):
    total = items.index(99)
    return total


def nested(x):
    return str(int(x))


def multi_line(x):
    result = lookup(
        {"a": 1},
        x)
    return result


def spaced(a, b):
    return (a)  +  b


def subscript_alone(d):
    d["nope"]


def operator_alone(a, b):
    a - b


def list_index(items, i):
    first = items[0]
    return first + items[i]


def keyword_call(x):
    return int(x, base=10)


def chained(x):
    try:
        return {}[x]
    except KeyError:
        raise ValueError("bad key " + x)


def comparison(a, b):
    return a < b


def constructor(value):
    return float(value)


def unary(x):
    return -x


def call_result(fns):
    return fns["go"]()


class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds")
        self.balance -= amount

    def close(self):
        self.withdraw(self.balance + 1)


show(outer, "b")
show(whole_line, "k")
show(divide, 1, 0)
show(power, 2, "x")
show(attribute, 42)
show(name_error)
show(method, [1, 2])
show(nested, "x")
show(multi_line, "z")
show(spaced, 1, "s")
show(subscript_alone, {})
show(operator_alone, "a", 1)
show(list_index, [1, 2], 5)
show(keyword_call, "zz")
show(chained, "k")
show(comparison, 1, "a")
show(constructor, "pi")
show(unary, "s")
show(call_result, {"go": lambda: 1 / 0})
show(Account(10).close)

# the traceback objects and the traceback module's other views of them
try:
    outer("q")
except KeyError as e:
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_next.tb_next.tb_lineno, tb.tb_next.tb_next.tb_next)
    frames = traceback.extract_tb(tb)
    print([(f.name, f.lineno, f.line, f.colno, f.end_colno, f.end_lineno) for f in frames[1:]])
    for chunk in traceback.format_tb(tb)[1:]:
        print(chunk.split(', ', 1)[1], end='')
    print(traceback.format_list([("f.py", 3, "g", "x = y")]))
