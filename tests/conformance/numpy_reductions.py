# Reductions as methods and functions, whole-array and along an axis: sum, mean, min, max, prod, argmin,
# argmax, std, var, any, all; dot and @.
import numpy as np

a = np.array([3, 1, 4, 1, 5, 9, 2, 6])
print(a.sum(), a.mean(), a.min(), a.max(), a.prod(), a.argmin(), a.argmax(), a.std(), a.var())
print(np.sum(a), np.mean(a), np.min(a), np.max(a), np.prod(a), np.argmin(a), np.argmax(a), np.std(a), np.var(a))
print(np.amin(a), np.amax(a), a.std(ddof=1), np.var(a, ddof=1), a.any(), a.all(), (a > 3).any(), (a > 0).all())
f = np.array([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2])
print(f.sum(), f.mean(), f.std(), f.var(), f.prod(), f.min(), f.max())
print(np.arange(1, 1001, dtype=np.float64).sum(), (np.arange(1000) * 0.1).sum(), (np.arange(100) / 7).mean())

m = np.array([[1, 2, 3], [4, 5, 6]])
print(m.sum(), m.sum(axis=0), m.sum(axis=1), m.sum(axis=-1), np.sum(m, axis=0), np.sum(m, 1))
print(m.mean(axis=0), m.mean(axis=1), m.max(axis=0), m.min(axis=1), m.prod(axis=0))
print(m.argmax(axis=0), m.argmin(axis=1), m.std(axis=0), m.var(axis=1))
print(m.sum(axis=0, keepdims=True), m.sum(keepdims=True), m.max(axis=1, keepdims=True).shape)
cube = np.arange(24).reshape(2, 3, 4)
print(cube.sum(axis=0), cube.sum(axis=1), cube.sum(axis=2), cube.max(axis=1))
print(m.T.sum(axis=0), m[:, ::2].sum(axis=1), m.sum(dtype=np.float64))

b = np.array([True, False, True, True])
print(b.sum(), b.mean(), b.any(), b.all(), b.min(), b.max(), np.any(b), np.all(b))
i32 = np.array([1, 2, 3], dtype=np.int32)
print(repr(i32.sum()), repr(i32.mean()), repr(i32.max()), repr(np.sum(i32, axis=0)))
print(repr(np.array([[1, 2], [3, 4]], dtype=np.int32).sum(axis=0)))
print(repr(np.array([[1.5, 2], [3, 4]], dtype=np.float32).sum(axis=1)))
print(np.array([1.0, np.nan, 3.0]).max(), np.array([1.0, np.nan, 3.0]).sum(), np.array([2.0, np.nan]).argmax())
print(np.array([]).sum(), np.zeros((0, 3)).sum(axis=0), np.array([5]).std())
print(sum(m.sum(axis=1)), m.sum(axis=1).tolist())

u = np.array([1, 2, 3])
v = np.array([4, 5, 6])
print(np.dot(u, v), u @ v, u.dot(v), np.dot(u, 2))
A = np.array([[1, 2], [3, 4]])
B = np.array([[5, 6], [7, 8]])
print(A @ B)
print(np.dot(A, np.array([1, 1])), np.array([1, 1]) @ A, A @ np.eye if False else A.dot(B))
print(np.arange(6).reshape(2, 3) @ np.arange(6).reshape(3, 2))
print(np.array([[1.5, 2.0]]) @ np.array([[2.0], [4.0]]), np.matmul(A, B))
a = np.arange(1000, dtype=np.float32) / 10
b = np.linspace(0, 3, 37).astype(np.float32)
for x in (a, b, a[::3], a.reshape(10, 100)):
    print(x.sum(), x.mean(), x.std(), x.var(), repr(x.sum(axis=0))[:80] if x.ndim > 1 else '')
m = np.arange(120, dtype=np.float64).reshape(12, 10) * 0.1
print(repr(m.sum(axis=0)), repr(m.mean(axis=0)), repr(m.std(axis=0)), repr(m.sum(axis=1)), repr(m.T.sum(axis=1)))
