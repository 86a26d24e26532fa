# numpy.random's legacy generator: seeded sequences equal NumPy's (rand, randn, normal, uniform, randint,
# choice, shuffle, permutation; the global functions and RandomState).
import numpy as np
np.random.seed(0)
print(np.random.rand(), np.random.rand(3), np.random.random((2, 2)))
print(np.random.randn(4), np.random.normal(5, 2, size=3), np.random.standard_normal())
print(np.random.uniform(-1, 1, 3), np.random.randint(10, size=8), np.random.randint(5, 100, size=(2, 3)), np.random.randint(3))
print(np.random.randint(0, 2**40, size=3), np.random.randint(-5, 5, 4))
r = np.random.RandomState(42)
print(r.rand(2), r.normal(size=2), r.randint(0, 1000, 5), r.permutation(8), r.choice(10, 4), r.choice([1.5, 2.5, 3.5], size=5, p=[0.1, 0.2, 0.7]))
print(r.choice(6, 3, replace=False), r.permutation(np.arange(6).reshape(3, 2)))
x = np.arange(10); r.shuffle(x); print(x)
l = [1, 2, 3, 4, 5]; r.shuffle(l); print(l)
np.random.seed(123)
print(np.random.normal(scale=0.1, size=5).astype(np.float32))
r2 = np.random.RandomState(7)
print(r2.randint(0, 2 ** 32, 3), r2.randint(0, 2 ** 32 - 1, 2), r2.random_integers(5, size=4), r2.uniform(size=2))
for bad in (lambda: np.random.seed(-1), lambda: np.random.randint(5, 5), lambda: np.random.normal(0, -1)):
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
np.random.seed(2)
a = np.random.rand(1000)
print(a.mean(), a.std(), a.min(), a.max(), (np.random.randn(10000) > 0).sum())
