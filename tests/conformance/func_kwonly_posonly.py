# Keyword-only (after *) and positional-only (before /) parameters.
def connect(host, port=80, *, timeout=10, retries=3):
    return host + ':' + str(port) + ' timeout=' + str(timeout) + ' retries=' + str(retries)

print(connect('example.com'))
print(connect('example.com', 8080))
print(connect('example.com', timeout=5))
print(connect('example.com', 443, retries=0, timeout=1))

def required_kw(*, name, value):
    return name + '=' + repr(value)
print(required_kw(name='x', value=1), required_kw(value=[1], name='y'))

def pos_only(a, b, /, c, d=4):
    return (a, b, c, d)
print(pos_only(1, 2, 3))
print(pos_only(1, 2, c=30))
print(pos_only(1, 2, 3, d=40))

def mixed(a, /, b, *, c):
    return a * 100 + b * 10 + c
print(mixed(1, 2, c=3), mixed(1, b=2, c=3))

# Positional-only lets the same name go to **kwargs
def f(name, /, **kwargs):
    return name, kwargs
print(f('pos', name='kw'))

# Keyword-only after *args
def log(*messages, sep=' ', prefix='>'):
    return prefix + ' ' + sep.join(messages)
print(log('a', 'b', 'c'))
print(log('a', 'b', sep='-'))
print(log(prefix='#'))

# Defaults on positional-only
def power(base, exp=2, /):
    return base ** exp
print(power(3), power(2, 10))

# Builtins that are positional-only
print(divmod(17, 5), pow(2, 5), abs(-3), len('four'))
print(sorted([3, 1, 2], reverse=True), max([1, 5, 2], key=lambda v: -v))

# A function with every kind of parameter
def full(p1, p2=2, /, n1=3, *args, k1, k2=6, **kw):
    return [p1, p2, n1, args, k1, k2, kw]
print(full(1, k1=5))
print(full(1, 20, 30, 40, 50, k1=5, extra='x'))
print(full(1, n1=33, k1=55, k2=66))
print(full.__name__, connect.__name__, pos_only.__name__)
