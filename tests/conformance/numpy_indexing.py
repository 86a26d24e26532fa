# Indexing: ints, negative indices, tuples, slices with steps (views sharing memory), masks, fancy indexing,
# assignment with broadcasting, iteration.
import numpy as np

a = np.arange(10)
print(a[0], a[-1], a[3], a[2:5], a[::3], a[::-1], a[-3:], a[7:2:-2], a[5:5])
m = np.arange(12).reshape(3, 4)
print(m[1], m[-1], m[1, 2], m[-1, -1], m[1][2])
print(m[:, 0], m[:, -1], m[1:, 1:3], m[::2, ::-1], m[..., 1], m[0, ...])
print(m[:2], m[:, ::2].shape, m[None].shape, m[:, None].shape, m[np.newaxis, 1].shape)
cube = np.arange(24).reshape(2, 3, 4)
print(cube[1], cube[1, 2], cube[1, 2, 3], cube[:, 1, :], cube[..., -1], cube[0, :, ::2])

v = a[2:6]
v[0] = 99
print(a, v)
w = m[:, 1]
w[:] = -1
print(m)
m.T[0, 0] = 50
print(m)
r = a[::-2]
r[0] = 1000
print(a, r)

b = np.zeros((3, 4), dtype=np.int32)
b[1] = 5
b[:, 2] = np.array([7, 8, 9])
b[0, 0] = 1.9
b[2, 1:] = [1, 2, 3]
b[-1, -1] += 10
print(b)
b[...] = 3
print(b)
b[:2, :2] = np.array([[1, 2], [3, 4]])
print(b)
c = np.zeros((2, 3))
c[:] = np.array([1.5, 2.5, 3.5])
print(c)
c[0] = 7
print(c)

x = np.array([5, -3, 8, 0, -1, 4])
print(x[x > 0], x[x < 0], x[(x > 0) & (x < 6)], x[np.array([True] * 6)])
x[x < 0] = 0
print(x)
x[x > 4] = np.array([50, 80])
print(x)
print(x[[0, 2, 4]], x[[-1, 0]], x[np.array([1, 1, 3])], m[[0, 2]])
x[[0, 1]] = 111
print(x)

print(len(a), len(m), len(cube))
for row in m:
    print(row, row.sum())
for value in np.array([1.5, 2.5]):
    print(value)
print([int(v) for v in np.arange(3)], list(np.array([True, False])), 3 in a, 77 in a)
print(sum(np.arange(5)), max(np.array([3, 9, 2])), sorted(np.array([3, 1, 2])))
t = np.array([[1, 2], [3, 4]])
print(t.item(0), t.item(3), t.item(1, 0), np.array([2.5]).item(), float(np.array([2.5])), int(np.array([7])))
print(bool(np.array([0])), bool(np.array([3])))
print(a.shape, m.strides, cube.strides, m.T.strides, m[:, ::2].strides)
