# Decorators: simple, with arguments, stacked.
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + '!'
    return wrapper

@shout
def greet(name):
    return 'hello ' + name

print(greet('world'))
print(greet.__name__)

# Decorator that counts calls
def counted(fn):
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)
    wrapper.calls = 0
    wrapper.__name__ = fn.__name__
    return wrapper

@counted
def add(a, b):
    return a + b

print(add(1, 2), add(3, 4), add(5, 6))
print(add.calls, add.__name__)

# Decorator with arguments
def repeat(times):
    def decorator(fn):
        def wrapper(*args):
            results = []
            for _ in range(times):
                results.append(fn(*args))
            return results
        return wrapper
    return decorator

@repeat(3)
def roll(x):
    return x * 2

print(roll(5))

def prefix(text):
    def deco(fn):
        def inner(s):
            return text + fn(s)
        return inner
    return deco

# Stacked decorators apply bottom-up
@prefix('[A]')
@prefix('[B]')
def ident(s):
    return s
print(ident('x'))

def trace(fn):
    def wrapper(*args):
        print('calling', fn.__name__, 'with', args)
        result = fn(*args)
        print(fn.__name__, 'returned', result)
        return result
    return wrapper

@trace
def mul(a, b):
    return a * b

@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

mul(6, 7)
fact(4)

# Decorators used without @ syntax
def double_result(fn):
    return lambda *a: fn(*a) * 2
def base(x):
    return x + 1
print(double_result(base)(10), double_result(double_result(base))(10))

# Registration decorator
registry = {}
def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco

@register('sq')
def square(x):
    return x * x

@register('neg')
def negate(x):
    return -x

print(sorted(registry), registry['sq'](9), registry['neg'](9), square(3))

# Validation decorator
def positive_args(fn):
    def wrapper(*args):
        for a in args:
            if a < 0:
                return 'rejected: ' + str(args)
        return fn(*args)
    return wrapper

@positive_args
def area(w, h):
    return w * h
print(area(3, 4), area(-1, 4))

# Decorator applied to lambda-produced functions, and identity decorator
def identity(fn):
    return fn
@identity
def plain():
    return 'plain'
print(plain(), plain.__name__)

# Timing-style decorator without real time: counts nested depth
depth = 0
def nested(fn):
    def wrapper(n):
        global depth
        depth += 1
        result = fn(n)
        depth -= 1
        return result
    return wrapper
@nested
def down(n):
    return depth if n == 0 else down(n - 1)
print(down(5), depth)
