# @jit over numpy views and dtypes: 3-D slices, transposes, negative strides, int32/float32/bool arrays,
# @vectorize on arrays, prange reductions, calls between jitted functions passing arrays.
import numpy as np
from numba import njit, prange, vectorize


@njit
def trace3(c):
    s = 0.0
    for i in range(min(c.shape[0], c.shape[1], c.shape[2])):
        s += c[i, i, i]
    return s


@njit
def plane(c, k):
    return c[k]


@njit
def smooth(a):
    out = np.empty(a.shape[0] - 2)
    for i in range(1, a.shape[0] - 1):
        out[i - 1] = (a[i - 1] + a[i] + a[i + 1]) / 3.0
    return out


@njit
def count_true(b):
    n = 0
    for i in range(b.shape[0]):
        if b[i]:
            n += 1
    return n


@njit
def store(a, v):
    for i in range(a.shape[0]):
        a[i] = v + i


@njit
def inner(a, b):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i] * b[i]
    return s


@njit
def matvec(m, v):
    out = np.zeros(m.shape[0])
    for i in range(m.shape[0]):
        out[i] = inner(m[i], v)
    return out


@njit(parallel=True)
def psum(a):
    s = 0.0
    for i in prange(a.shape[0]):
        s += a[i] * 2
    return s


@njit(nogil=True)
def norm2(m):
    s = 0.0
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            s += m[i, j] ** 2
    return s ** 0.5


@vectorize
def hyp(x, y):
    return (x * x + y * y) ** 0.5


c = np.arange(27, dtype=np.float64).reshape(3, 3, 3)
print(trace3(c), trace3(c[::-1]), trace3(c[:, ::-1, :]), trace3(np.ones((2, 3, 4))))
p = plane(c, 1)
print(repr(p), p.shape)
p[0, 0] = -1.0
print(c[1, 0])
print(repr(smooth(np.array([1.0, 2.0, 6.0, 4.0, 5.0]))), smooth(np.arange(10.0)[::2]))
print(count_true(np.array([True, False, True, True])), count_true(np.arange(6) > 2))
i32 = np.zeros(4, dtype=np.int32)
store(i32, 7)
f32 = np.zeros(3, dtype=np.float32)
store(f32, 0.5)
b = np.zeros(3, dtype=np.bool_)
store(b, 0)
print(repr(i32), repr(f32), repr(b))
m = np.arange(6, dtype=np.float64).reshape(2, 3)
print(repr(matvec(m, np.array([1.0, 0.0, -1.0]))), matvec(m.T, np.array([1.0, 1.0])))
print(psum(np.arange(100, dtype=np.float64)), psum(np.ones(7)))
print(round(norm2(m), 10), round(norm2(m.T), 10), norm2(np.zeros((2, 2))))
print(repr(hyp(np.array([3.0, 5.0]), np.array([4.0, 12.0]))), hyp(3.0, 4.0), repr(hyp(np.arange(3), 0.0)))
print(trace3.signatures, count_true.signatures)
