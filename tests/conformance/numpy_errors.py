# What numpy refuses, as Python exceptions with numpy's messages.
import numpy as np


def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', r)
    except Exception as e:
        print(label, isinstance(e, TypeError), isinstance(e, ValueError), isinstance(e, IndexError),
              isinstance(e, ZeroDivisionError), '|', e)


a = np.arange(6)
m = np.arange(6).reshape(2, 3)
attempt('broadcast', lambda: a + np.arange(4))
attempt('broadcast 2d', lambda: m + np.ones((3, 2)))
attempt('index', lambda: a[6])
attempt('index negative', lambda: a[-7])
attempt('index 2d', lambda: m[2, 0])
attempt('index axis 1', lambda: m[0, 3])
attempt('too many', lambda: a[1, 2])
attempt('float index', lambda: a[1.5])
attempt('reshape', lambda: a.reshape(4, 2))
attempt('reshape2', lambda: a.reshape((5,)))
attempt('ragged', lambda: np.array([[1, 2], [3]]))
attempt('ragged deep', lambda: np.array([[[1], [2]], [[3], [4, 5]]]))
attempt('truth', lambda: bool(a))
attempt('truth if', lambda: 'yes' if np.array([1, 2]) > 0 else 'no')
attempt('empty max', lambda: np.array([]).max())
attempt('empty argmin', lambda: np.array([]).argmin())
attempt('axis', lambda: m.sum(axis=2))
attempt('negative dims', lambda: np.zeros(-1))
attempt('float shape', lambda: np.zeros(2.5))
attempt('dtype', lambda: np.zeros(3, dtype='foo'))
attempt('dtype obj', lambda: np.zeros(3, dtype=5))
attempt('bool subtract', lambda: np.array([True]) - np.array([False]))
attempt('bool negative', lambda: -np.array([True]))
attempt('int neg power', lambda: np.array([2]) ** -1)
attempt('cast in place', lambda: np.__dict__ and a.__iadd__(0.5))
attempt('float and', lambda: np.array([1.5]) & 1)
attempt('dot', lambda: np.dot(np.ones((2, 3)), np.ones((2, 3))))
attempt('len 0-d', lambda: len(np.array(5)))
attempt('iter 0-d', lambda: list(np.array(5)))
attempt('float()', lambda: float(np.array([1.0, 2.0])))
attempt('hash', lambda: hash(a))
attempt('mask shape', lambda: a[np.array([True, False])])
attempt('set seq', lambda: a.__setitem__(0, [1, 2]))
attempt('set shape', lambda: m.__setitem__(slice(None), np.ones(4)))
attempt('arange 0 step', lambda: np.arange(0, 5, 0))
attempt('step 0', lambda: a[::0])
attempt('nan to int', lambda: np.array([np.nan], dtype=np.int64))
attempt('clip none', lambda: np.clip(a, None, None))
attempt('ok', lambda: (a == None, a != 'x'))
x = np.arange(3)
try:
    x += 1.5
except TypeError as e:
    print('inplace', e)
print(x)
x[0] = 2.9
print(x)
print(a[5], a[-6], m[1, -3])
attempt('matmul scalar', lambda: np.ones(3) @ 2)
attempt('matmul shapes', lambda: np.array([[1, 2]]) @ np.array([[1, 2]]))
attempt('memory', lambda: np.zeros((100000, 100000)))
attempt('memory arange', lambda: np.arange(1e10))
attempt('float index array', lambda: np.zeros(3)[np.array([0.5])])
attempt('transpose axes', lambda: m.transpose(0, 0))
attempt('axis tuple', lambda: m.sum(axis=(0, 0)))
attempt('axis tuple bounds', lambda: m.sum(axis=(0, 3)))
attempt('row mask', lambda: m[np.array([True, False, True])])
attempt('mask values', lambda: a.__setitem__(a > 2, np.array([1, 2])))
attempt('fancy values', lambda: a.__setitem__([0, 1, 2], np.array([1, 2])))
f = np.arange(8.0)
f[[1, 3]] = np.array([10.5, 30.5])
f[f > 20] = -1
print(f, f[[0, -1, 3]], f[np.array([[0, 1], [2, 3]])])
