# isinstance issubclass type id hash callable getattr setattr hasattr vars dir.
values = [1, 1.5, 'x', b'x', True, None, [1], (1,), {1: 2}, {1}, frozenset(), range(1)]
for v in values:
    print(repr(v), type(v), type(v).__name__, isinstance(v, int), isinstance(v, (list, tuple)))

print(isinstance(True, int), isinstance(True, bool), isinstance(1, bool), isinstance(1, float))
print(isinstance('s', str), isinstance([], (int, str, list)), isinstance(None, type(None)))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, int), issubclass(bool, (str, int)))
print(issubclass(int, object), issubclass(str, object), isinstance(int, type), isinstance(5, object))
print(type(5) is int, type(True) is bool, type(True) == int, type('') is str, type(type(1)) is type)

# id: identity, not value
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), a is b, a == c, id(a) != id(c))
print(type(id(a)).__name__, id(a) == id(a))

# hash of ints and strings: only stable facts
print(hash(1) == 1, hash(-1) == -2, hash(0) == 0, hash(12345) == 12345, hash(-2) == -2)
print(hash(True) == 1, hash(1.0) == hash(1), hash(False) == 0, hash(2.0) == hash(2))
print(hash('abc') == hash('abc'), hash('a' + 'bc') == hash('abc'), hash((1, 2)) == hash((1, 2)))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), type(hash('x')).__name__)

# callable
def func():
    return 'called'
print(callable(func), callable(len), callable(int), callable(lambda: 0), callable(3), callable('s'), callable(None))

# getattr / setattr / hasattr on functions and builtins
def config():
    pass
setattr(config, 'debug', True)
setattr(config, 'level', 3)
config.name = 'cfg'
print(getattr(config, 'debug'), getattr(config, 'level'), config.name)
print(getattr(config, 'missing', 'fallback'), hasattr(config, 'debug'), hasattr(config, 'missing'))
print(vars(config))
print(sorted(vars(config)))
print(getattr('hello', 'upper')(), getattr([3, 1, 2], 'count')(1), hasattr('', 'split'), hasattr(1, 'split'))
print(getattr(5, 'bit_length')(), getattr(func, '__name__'), hasattr(func, '__name__'))
method = getattr('a-b-c', 'split')
print(method('-'))

# dir: check a few names only
print('append' in dir([]), 'keys' in dir({}), 'upper' in dir(''), 'nope' in dir(''))
print('__len__' in dir([]), 'bit_length' in dir(0), 'add' in dir(set()), 'add' in dir(frozenset()))
print([n for n in dir(list) if not n.startswith('_')])
print([n for n in dir(dict) if not n.startswith('_')])
x_var = 1
print('x_var' in dir(), 'func' in dir(), 'undefined_thing' in dir())

# type() used as a converter and comparator
for v in [3, '3', 3.0]:
    t = type(v)
    print(t.__name__, t('7') if t is not float else t('7.5'))
print(type(1)(2.9), type('')(3), type([])('ab'), type(())([1]), type({})([(1, 2)]))
print(isinstance(type(len), type), type(len).__name__, type(func).__name__)
# a builtin bound to its receiver or class is a builtin_function_or_method too, a function bound is a method
print(type([].append).__name__, type(dict.fromkeys).__name__, type('a'.upper).__name__)
