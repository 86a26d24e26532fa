# Conversion builtins: int float str bool list tuple dict set frozenset chr ord hex oct bin format repr.
print(int('12'), int(12.9), int(-12.9), int('-12'), int(True), int('  7  '))
print(float('1.25'), float(3), float('-inf'), float(' 2e3 '), float(True), float())
print(str(1), str(1.0), str([1]), str(None), str(b'x'), str(), str('already'))
print(bool(1), bool(''), bool('False'), bool([]), bool(0.0), bool(None))
print(list('abc'), list((1, 2)), list(range(3)), list({'a': 1}), list(), list({5: 0}.values()))
print(tuple([1, 2]), tuple('ab'), tuple(), tuple(range(2)), tuple({'x': 1}.items()))
print(dict([(1, 2), (3, 4)]), dict(a=1), dict(zip('ab', [1, 2])), dict([['k', 'v']]), dict({'c': 3}))
print(set([1, 2, 2, 3]), set('aaa'), set(), set(range(4)), set((5, 5)))
print(frozenset([2, 1]), frozenset(), frozenset(range(3)))
print(chr(65), chr(97), chr(48), chr(0x263A), chr(0x1F40D), ord('A'), ord('\n'), ord('🐍'))
print(hex(255), hex(-1), hex(0), oct(8), oct(-8), bin(10), bin(-10), bin(0))
print(format(255, 'x'), format(255, '#06x'), format(3.5, '.2f'), format('s', '>3'), format(12))
print(repr(1), repr('a'), repr([1, 'a']), repr(1.10), repr((1,)), repr(None))
print(int('ff', 16), int('11', 2), int('z', 36), int('0o17', 0), int('0x1A', 16))

# Round trips
for v in [0, 1, -1, 255, 2 ** 33, -(2 ** 40)]:
    assert int(hex(v), 16) == v
    assert int(oct(v), 8) == v
    assert int(bin(v), 2) == v
    print(v, hex(v), oct(v), bin(v))
for f in [0.1, 1.5, -2.25, 1e300, 5e-324]:
    print(f, float(repr(f)) == f, float(str(f)) == f)

# Alphabet table
print(''.join(chr(c) for c in range(ord('a'), ord('z') + 1)))
print([ord(c) - ord('a') for c in 'python'])
print(''.join(chr(ord(c) - 32) for c in 'shout'))

# Converting between containers
pairs = [('b', 2), ('a', 1), ('b', 3)]
as_dict = dict(pairs)
print(as_dict, list(as_dict.items()), tuple(as_dict), set(as_dict.values()))
print(list(map(list, pairs)), tuple(map(tuple, [[1], [2, 3]])))
print(list(str(12345)), [int(d) for d in str(9876)], int(''.join(['4', '2'])))
print(str(list(range(3))), list(str(list(range(3)))))

# bool of conversions
print([bool(x) for x in [int('0'), float('0.0'), str(0), list(''), tuple([0])]])
print(type(int('5')).__name__, type(float(5)).__name__, type(str(5)).__name__)
print(int(float('1e3')), float(int('1000')), str(float(int('7'))))
