# Packing / unpacking, nested and starred assignments.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = 'xyz'
print(x, y, z)
p, q = [10, 20]
print(p, q)
(m, n), o = (1, 2), 3
print(m, n, o)
[r, s] = (5, 6)
print(r, s)
i, (j, (k, l)) = 1, (2, (3, 4))
print(i, j, k, l)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = [1, 2, 3, 4]
print(init, last)
a, *b, c = range(6)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
*everything, = 'abc'
print(everything)
head, *middle, tail = 'python'
print(head, middle, tail)
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
a, *b = (1,)
print(a, b)

# Unpacking in for loops
pairs = [(1, 'one'), (2, 'two'), (3, 'three')]
for num, word in pairs:
    print(num, word)
for idx, (num, word) in enumerate(pairs):
    print(idx, num, word)
for first, *others in [[1, 2, 3], [4], [5, 6]]:
    print(first, others)
matrix = [[1, 2, 3], [4, 5, 6]]
for row_start, *_, row_end in matrix:
    print(row_start, row_end)

# Swaps and rotations
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
lst = [10, 20, 30]
lst[0], lst[2] = lst[2], lst[0]
print(lst)

# Unpacking in calls and literals
def add3(x, y, z):
    return x + y + z
args = [1, 2, 3]
print(add3(*args), add3(1, *[2, 3]), add3(*'abc'))
print([*range(3), *'ab', 9], (*[1, 2], 3), [*[], *[]])
d1 = {'a': 1}
d2 = {'b': 2, 'a': 3}
print({**d1, **d2}, {**d2, 'c': 4}, {*[1, 2], *(2, 3)})
print(*[1, 2, 3])
print(*'hey', sep='-')

# Fibonacci with tuple assignment
a, b = 0, 1
seq = []
for _ in range(12):
    seq.append(a)
    a, b = b, a + b
print(seq)

# Chained assignment
u = v = w = 0
u += 1
print(u, v, w)
l1 = l2 = []
l1.append(1)
print(l1, l2, l1 is l2)
t = 1, 2, 3
print(t, type(t))
x, y = y_val, x_val = 7, 8
print(x, y, y_val, x_val)
