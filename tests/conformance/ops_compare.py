# Comparison operators: chaining, identity, membership, sequences.
x = 2
print(1 < x < 3, 1 < x < 2, 0 <= x <= 2, 3 > x > 1, 1 < 2 < 3 < 4 < 5, 1 < 3 < 2)
print(1 == 1 == 1, 1 == 1 != 2, 1 != 2 != 1, 5 > 3 == 3, 2 < 3 > 1)
print(x == 2.0, x != '2', 'a' < 'b' < 'c', [1] < [2] < [3])

# Chained comparisons evaluate the middle operand once
calls = []
def mid():
    calls.append('mid')
    return 5
print(1 < mid() < 10, calls)
print(10 < mid() < 1, calls)

# Short-circuit in chains: second comparison skipped
def loud(v):
    print('evaluating', v)
    return v
print(loud(3) < loud(1) < loud(2))
print(loud(1) < loud(3) < loud(2))

# is / is not with None, True and the same object
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, b is not a)
print(None is None, x is not None, True is True, (a is b) is True)
e = ()
f = ()
print(e == f, len(e) == len(f))

# Membership
print(3 in [1, 2, 3], 3 not in [1, 2], 'k' in {'k': 1}, 1 in {'k': 1}, 'ab' in 'cab')
print((1, 2) in [(1, 2), (3, 4)], [1] in [[1], [2]], 2 in range(5), 5 in range(5))
print(1 in {1, 2}, 2.0 in {2}, 'x' not in 'abc', None in [0, None])

# Lexicographic comparison of sequences
print([1, 2, 3] < [1, 2, 4], [1, 2, 3] < [1, 3], [1, 2] < [1, 2, 3], [] < [1], [3] > [2, 9, 9])
print((1, 2) == (1, 2), (1, 2) < (1, 2), (1, 2) <= (1, 2), (1, 'a') < (1, 'b'), (2, 0) > (1, 99))
print([1, [2, 3]] < [1, [2, 4]], [[1]] == [[1]], (0, (1, 2)) > (0, (1, 1)))
print(sorted([[2, 1], [1, 2, 3], [1, 2], [1]]))

# String comparison is by code point
print('a' < 'b', 'B' < 'a', 'abc' < 'abd', 'ab' < 'abc', '' < ' ', 'z' < 'é', 'Z' < 'a')
print(sorted(['b', 'B', 'a', 'A', '1', '_', ' ']))
print(max(['apple', 'Apple', 'APPLE']), min(['apple', 'Apple', 'APPLE']))

# Mixed numeric comparisons
print(1 == 1.0, 1 < 1.5, True == 1, False < True, 2 ** 60 == 2.0 ** 60, 0.1 < 1 / 9)
print(-1 < 0 < 1, -0.0 == 0, float('inf') > 2 ** 1000, 10 ** 400 > 1e308)

# Comparing different types for equality never raises
print(1 == '1', [] == (), {} == [], None == 0, 'a' != 1, (1,) == [1])

# Comparisons returning bools used in arithmetic
values = [5, 12, 7, 20, 3, 15]
print(sum(v > 6 for v in values), [v for v in values if 5 <= v < 15])

# Min / max / clamp
def clamp(v, lo, hi):
    return lo if v < lo else hi if v > hi else v
print([clamp(v, 4, 14) for v in values])
print(1 < 2 and 2 < 3, not 1 < 2, not (1 > 2))
