# Lambdas, functions as values, __name__, returning tuples.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: 'no args')())
print(square.__name__, add.__name__)

def named(): pass
print(named.__name__, type(named).__name__, callable(named), callable(square), callable(5))

# Functions stored in data structures
ops = {
    '+': lambda a, b: a + b,
    '-': lambda a, b: a - b,
    '*': lambda a, b: a * b,
    '/': lambda a, b: a / b,
}
for sym in ops:
    print(6, sym, 3, '=', ops[sym](6, 3))

def apply_twice(f, x):
    return f(f(x))
print(apply_twice(square, 3), apply_twice(lambda s: s + '!', 'hey'))

def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed
inc = lambda v: v + 1
print(compose(square, inc)(4), compose(inc, square)(4), compose()(9))

# Passing builtins as values
for fn in [len, str.upper, sorted, type]:
    print(fn.__name__, fn('hello'))
print(list(map(str, [1, 2, 3])), list(map(abs, [-1, 2, -3])))
print(list(filter(None, [0, 1, '', 'a', [], [2]])))

# Returning multiple values as tuples
def divide(a, b):
    return a // b, a % b
q, r = divide(17, 5)
print(q, r, divide(17, 5), type(divide(1, 1)))

def parse_name(full):
    parts = full.split()
    return parts[0], parts[-1], len(parts)
first, last, count = parse_name('Ada King Lovelace')
print(first, last, count)

def nothing():
    return
def one():
    return 1,
print(nothing(), one(), len(one()))

# Sorting with lambdas
people = [('Zed', 20), ('amy', 31), ('Bob', 20)]
print(sorted(people, key=lambda p: p[0].lower()))
print(sorted(people, key=lambda p: (p[1], p[0])))

# Lambdas with default capture and conditional bodies
absval = lambda v: v if v >= 0 else -v
print([absval(v) for v in [-2, 0, 5]])
makers = [lambda x, n=n: x ** n for n in range(4)]
print([m(2) for m in makers])

# Function attributes
def tagged():
    return 'tagged'
tagged.label = 'important'
print(tagged.label, getattr(tagged, 'label'), hasattr(tagged, 'missing'))

# Dispatch tables
def handle_start():
    return 'starting'
def handle_stop():
    return 'stopping'
handlers = {'start': handle_start, 'stop': handle_stop}
for cmd in ['start', 'stop', 'start']:
    print(cmd, '->', handlers[cmd]())
print(handlers['start'] is handle_start, handlers['start'] == handle_stop)

# Recursion via lambda stored in a name
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact(25))
print((lambda *a, **k: (a, k))(1, 2, x=3))
