# @jit functions over numpy arrays: 1-D, 2-D and 3-D, int and float, strided views, arrays made inside
# jitted code (np.zeros/ones/empty), arrays returned, element stores converting to the dtype.
import numpy as np
from numba import njit, jit


@njit
def total(a):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i]
    return s


@njit
def weighted(m):
    s = 0
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            s += m[i, j] * (i + 1)
    return s, m.shape, m.size, m.ndim, len(m)


@njit
def cube_sum(c):
    s = 0
    n0, n1, n2 = c.shape
    for i in range(n0):
        for j in range(n1):
            for k in range(n2):
                s += c[i, j, k]
    return s


@njit
def scale(a, f):
    for i in range(a.shape[0]):
        a[i] = a[i] * f


@njit
def outer(u, v):
    out = np.zeros((u.shape[0], v.shape[0]))
    for i in range(u.shape[0]):
        for j in range(v.shape[0]):
            out[i, j] = u[i] * v[j]
    return out


@njit
def ramps(n):
    ints = np.zeros(n, dtype=np.int32)
    ones = np.ones((2, n))
    buf = np.empty(n, np.float64)
    for i in range(n):
        ints[i] = i * i
        buf[i] = ones[1, i] / (i + 1)
    return ints, buf


@jit(nopython=True)
def first_row(m):
    return m[0]


@njit
def middle(a):
    return a[1:-1]


@njit
def col_sums(m):
    out = np.zeros(m.shape[1], dtype=np.int64)
    for j in range(m.shape[1]):
        out[j] = m[:, j].sum()
    return out


@njit
def stats(a):
    return a.sum(), a.min(), a.max(), a.mean(), np.sum(a), len(a)


a = np.arange(10, dtype=np.float64)
print(total(a), total(a[::2]), total(a[::-1]), total(a[7:2:-2]), total(np.arange(5)))
m = np.arange(12).reshape(3, 4)
print(weighted(m), weighted(m.T), weighted(m[:, 1:3]), weighted(m[::2, ::3]))
print(cube_sum(np.arange(24).reshape(2, 3, 4)), cube_sum(np.ones((2, 2, 2), dtype=np.int32)))
f = np.array([1.5, 2.5, 3.5])
scale(f, 2)
print(f)
i = np.array([1, 2, 3])
scale(i, 2.7)
print(i)
v = np.arange(10)
scale(v[::3], -1)
print(v)
o = outer(np.array([1.0, 2.0]), np.array([3.0, 4.0, 5.0]))
print(repr(o), o.shape, o.dtype, type(o).__name__)
ints, buf = ramps(4)
print(repr(ints), repr(buf))
r = first_row(m)
print(repr(r))
r[0] = 100
print(m)
mid = middle(a)
print(repr(mid), mid.sum())
mid[:] = 0
print(a)
print(repr(col_sums(m)), col_sums(np.ones((2, 3), dtype=np.int64)))
print(stats(np.array([4.0, 1.0, 7.5])), stats(np.array([3, 9, 2])))
print(total.signatures)
print(weighted.signatures)
