# Tuples: creation, repr, indexing, immutability-friendly operations.
t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t[::-1])
print((), (1,), (1, 2), ((1,),), tuple(), tuple([4, 5]), tuple('ab'), tuple(range(3)))
single = 5,
print(single, type(single), len(single))
not_tuple = (5)
print(not_tuple, type(not_tuple))
print(repr((1,)), str(('a',)), repr(('a', 'b')), ((),), ((), ()))
print((1, 'two', 3.0, None, [4], {'five': 5}))
print(t + (4, 5), t * 2, (0,) * 3, () * 5)
print(3 in t, 4 not in t, t.index(2), t.count(2), (1, 1, 1).count(1))
print(t == (1, 2, 3), t != (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,))
print((1, 'a') < (1, 'b'), (0, 9, 9) < (1,), max([(1, 'z'), (2, 'a'), (1, 'zz')]))
print(min((3, 2), (3, 1)), sorted([(2, 1), (1, 2), (1, 1)]))

# Packing and returning multiple values
def min_max(values):
    return min(values), max(values)
result = min_max([4, 8, 1, 9])
print(result, type(result))
lo, hi = min_max([4, 8, 1, 9])
print(lo, hi)

def stats(values):
    n = len(values)
    mean = sum(values) / n
    return n, mean, (min(values), max(values))
print(stats([1, 2, 3, 4]))
count, avg, (smallest, largest) = stats([10, 20, 60])
print(count, avg, smallest, largest)

# Tuples as dictionary keys
grid = {}
for x in range(3):
    for y in range(2):
        grid[(x, y)] = x * 10 + y
print(grid)
print(grid[(2, 1)], grid[1, 0], (5, 5) in grid)

# Tuple containing a mutable list
holder = ([1, 2], 'fixed')
holder[0].append(3)
print(holder)

# Hashing equal tuples
print(hash((1, 2)) == hash((1, 2)), (1, 2) == (1.0, 2.0), hash((1, 2)) == hash((1.0, 2.0)))

# Iterating tuples of records
points = ((0, 0), (3, 4), (-1, 1), (6, 8))
for x, y in points:
    print(x, y, (x * x + y * y) ** 0.5)
print(sum(x for x, _ in points), [y for _, y in points])
print(tuple(x * 2 for x in t), tuple(sorted((3, 1, 2))), tuple(reversed(t)))
print(len(((1, 2), (3, 4))), ((1, 2), (3, 4))[1][0])
