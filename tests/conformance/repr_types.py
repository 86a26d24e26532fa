# repr() / str() of every core type, and type() reprs.
values = [
    0, -5, 2 ** 70, 1.5, -0.0, 1e100, float('inf'), float('nan'),
    True, False, None,
    '', 'plain', "it's", 'say "hi"', 'tab\tnl\n', 'é', '\\',
    b'', b'bytes', b'\x00\xff',
    [], [1, 'a'], (), (1,), (1, 'b'),
    {}, {'k': 'v'}, {1: [2, (3,)]},
    set(), {1, 2}, frozenset(), frozenset({3}),
    range(3), range(1, 10, 2), slice(1, 2), slice(None, 5, -1),
]
for v in values:
    print(repr(v), '|', str(v), '|', type(v).__name__)

print(type(1), type(1.0), type('s'), type(b's'), type(None), type(True))
print(type([]), type(()), type({}), type(set()), type(frozenset()), type(range(0)), type(slice(0)))
print(type(type), type(int), type(len), type(lambda: 0), type(print).__name__)
print(int, float, str, bool, list, tuple, dict, set, frozenset, bytes, range, slice, object, type)
print(len, abs, repr(max), str(sorted))
print(type(iter([])).__name__, type(iter(())).__name__, type(zip()).__name__, type(map(abs, [])).__name__)
print(type(enumerate([])).__name__, type(reversed([])).__name__, type({}.keys()).__name__)
print(type(x for x in []).__name__, type(filter(None, [])).__name__, type(iter(range(3))).__name__)

# Nested containers use repr for their elements
print([['nested', "quote's"], {'k': ('t', 1.0)}, {None: [True, b'b']}])
print(str(['x']), str(('y',)), str({'z': 'w'}), str({'s'}))
print(repr(repr('x')), str(repr('x')), repr(str(1)))
print([str(1), repr('1'), 1])

# Strings choose quotes based on content
for s in ["'", '"', '\'"', 'a\'b"c', '', ' ', '\x7f', '\u00a0', '\u2028', '\x1b[0m']:
    print(repr(s), len(s))

# repr of floats inside containers
print([0.1, 0.5, 1 / 3, 1e-10, 1e22, 12345678912345.678])
print({'pi': 3.14159, 'e': 2.71828, 'big': 1e16})

# Dict with mixed key types
print({1: 'a', 'b': 2, (1, 2): None, None: 0, 2.5: [], False: 'f', b'k': 1})

# Functions
def sample():
    pass
print(sample.__name__, type(sample), callable(sample))
print(str(type(sample)).startswith("<class 'function'>"))
print(repr(sample).startswith('<function sample at 0x'))
print(repr(lambda: 0).startswith('<function <lambda> at'))

# bool is a subclass of int: repr differs
print(repr(True), repr(1), True == 1, repr(True + 0))
print(str(12.0), str(12), str(-0), str(-0.0), str(1_000_000))
print(repr(int('7')), repr(float('7')), repr(str(7)), repr(list('7')), repr(tuple('7')))
