# Iteration builtins: enumerate zip map filter sorted reversed iter next.
fruits = ['apple', 'banana', 'cherry']
print(list(enumerate(fruits)))
print(list(enumerate(fruits, start=1)), list(enumerate(fruits, 10)))
for i, f in enumerate(fruits, start=100):
    print(i, f)
print(list(zip([1, 2, 3], 'abc')), list(zip([1, 2], 'abcd', (True, False, None))))
print(list(zip()), list(zip([1, 2])), dict(zip('xyz', range(3))))
names = ['ann', 'bob']
ages = [31, 27]
for n, a in zip(names, ages):
    print(f'{n}: {a}')
pairs = [(1, 'one'), (2, 'two'), (3, 'three')]
nums, words = zip(*pairs)
print(nums, words)

print(list(map(len, fruits)), list(map(str.upper, fruits)), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(list(map(int, '1 2 3'.split())), list(map(pow, [2, 3], [3, 2])))
print(list(filter(lambda v: v % 2, range(10))), list(filter(None, [0, '', 'x', None, 5])))
print(list(filter(str.isdigit, ['1', 'a', '22'])))

print(sorted([5, 2, 8]), sorted('cab'), sorted({3: 'x', 1: 'y'}), sorted((9, 8)), sorted([]))
print(sorted(fruits, key=len, reverse=True), sorted(fruits, key=lambda s: s[1]))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(4))), list(reversed((1, 2))))
print(''.join(reversed('stressed')), list(reversed({'a': 1, 'b': 2})))

it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'default'), next(it, None))
it = iter('hi')
print(next(it), list(it), list(it))
it = iter(range(3))
print(list(it), next(it, -1))
d_it = iter({'k1': 1, 'k2': 2})
print(next(d_it), next(d_it), next(d_it, 'end'))
print(iter(it) is it)

# Manual iteration with while and next(default)
stream = iter([3, 1, 4, 1, 5, 9, 2, 6])
total = 0
value = next(stream, None)
while value is not None:
    total += value
    value = next(stream, None)
print('total', total)

# Pairwise differences using zip on slices
temps = [12, 15, 11, 18, 20, 19]
print([b - a for a, b in zip(temps, temps[1:])])

# Transpose with zip(*)
grid = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*grid)), [list(col) for col in zip(*grid)])

# enumerate for finding indexes
letters = 'abracadabra'
print([i for i, ch in enumerate(letters) if ch == 'a'])

# Combining map/filter/sorted
data = ['10', '3', 'x', '25', '7', 'y1']
print(sorted(map(int, filter(str.isdigit, data)), reverse=True))
print(sum(map(int, filter(str.isdigit, data))), max(map(len, data)))
print(list(map(lambda p: p[0] * p[1], zip(range(5), range(5, 10)))))
print(len(list(zip(range(1000), range(3)))), list(enumerate([])))
