# functools: reduce, partial, caches, wraps, total_ordering, cached_property, cmp_to_key, singledispatch.
import functools
from functools import (cache, cached_property, cmp_to_key, lru_cache, partial, reduce, singledispatch,
                       total_ordering, wraps)
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 1), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, w: acc + len(w), ['ab', 'cde'], 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print('TypeError:', e)

# partial
base2 = partial(int, base=2)
print(base2('1010'), base2.func is int, base2.args, base2.keywords)
def greet(greeting, name, punct='!'):
    return f'{greeting}, {name}{punct}'
hello = partial(greet, 'Hello')
print(hello('Ann'), hello('Bob', punct='?'), partial(hello, 'Cy')())
p = partial(partial(greet, 'Hi'), punct='.')
print(p.func is greet, p.args, p.keywords, p('Dee'))
print(repr(partial(max, 1, key=abs)).startswith('functools.partial(<built-in function max>, 1, key='))
try:
    partial(5)
except TypeError as e:
    print('TypeError:', e)

# lru_cache and cache
calls = []
@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), len(calls), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib(10), fib.cache_info())

@lru_cache(maxsize=2)
def square(x):
    print('computing', x)
    return x * x
for v in [1, 2, 1, 3, 2, 1]:
    square(v)
print(square.cache_info(), square.__name__, square.__wrapped__(4), square.cache_parameters())

@lru_cache
def add(a, b=0):
    return a + b
print(add(1, 2), add(1, b=2), add(1, 2), add.cache_info())

@cache
def factorial(n):
    return n * factorial(n - 1) if n else 1
print(factorial(20), factorial.cache_info())
try:
    add([1], 2)
except TypeError as e:
    print('TypeError:', e)

@lru_cache(maxsize=4, typed=True)
def kind(x):
    return type(x).__name__
print(kind(1), kind(1.0), kind(True), kind.cache_info())

# wraps
def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        print('calling', func.__name__)
        return func(*args, **kwargs)
    return wrapper

@logged
def area(w, h):
    """Area of a rectangle."""
    return w * h
print(area(3, 4), area.__name__, area.__doc__, area.__wrapped__(2, 2), area.__qualname__)

# total_ordering
@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))
a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a >= Version(1, 2), sorted([b, a, Version(0, 9)]), max(a, b))
try:
    total_ordering(type('Plain', (), {}))
except ValueError as e:
    print('ValueError:', e)

# cached_property
class Dataset:
    def __init__(self, values):
        self.values = values
    @cached_property
    def total(self):
        print('summing')
        return sum(self.values)
d = Dataset([1, 2, 3])
print(d.total, d.total, 'total' in vars(d))
del d.total
print(d.total)

# cmp_to_key
def by_length_then_alpha(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)
print(sorted(['pear', 'fig', 'apple', 'kiwi'], key=cmp_to_key(by_length_then_alpha)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda x, y: y - x)))

# singledispatch
@singledispatch
def describe(obj):
    return f'object {obj!r}'
@describe.register(int)
def _(obj):
    return f'int {obj}'
@describe.register(list)
def _(obj):
    return f'list of {len(obj)}'
describe.register(float, lambda obj: f'float {obj:.1f}')
print(describe(3), describe(True), describe([1, 2]), describe(2.5), describe('s'), describe(None))
print(describe.dispatch(bool) is describe.dispatch(int), sorted(t.__name__ for t in describe.registry))
