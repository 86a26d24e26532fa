# numpy's ufunc objects: names, reduce, accumulate, outer, out=.
import numpy as np
a = np.arange(1, 7).reshape(2, 3)
print(np.add, np.sqrt, np.add.nin, np.sqrt.nout, np.add.__name__, np.divide is np.true_divide)
print(np.add.reduce(a), np.add.reduce(a, axis=1), np.multiply.reduce(np.arange(1, 6)), np.maximum.reduce(a, axis=None), np.subtract.reduce(np.array([10, 1, 2])))
print(np.add.accumulate(np.arange(5)), np.maximum.accumulate(np.array([1, 3, 2, 5, 4])), np.subtract.accumulate(a, axis=1), np.multiply.accumulate(a, axis=0))
print(np.multiply.outer(np.arange(1, 4), np.arange(1, 3)), np.add.outer([1, 2], [10, 20, 30]), np.equal.outer([1, 2], [2, 1]))
out = np.zeros(3)
np.add(np.ones(3), 2, out=out)
print(out, np.moveaxis(np.zeros((2, 3, 4)), 0, -1).shape, np.power.reduce(np.array([2, 3, 2])))
try:
    np.sqrt.reduce(a)
except ValueError as e:
    print('ValueError', e)
try:
    np.add(1)
except TypeError as e:
    print('TypeError')
