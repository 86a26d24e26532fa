# np.set_printoptions / np.printoptions: precision, suppress, threshold, edgeitems, linewidth.
import numpy as np

x = np.array([1.123456789, 2.0, 1e-5, 3.14159])
print(x)
np.set_printoptions(precision=3)
print(x, repr(np.array([0.5, 1 / 3])))
np.set_printoptions(suppress=True)
print(x, np.array([1e-10, 1.0]), np.array([1e9, 1.0]))
np.set_printoptions(precision=8, suppress=False)
print(x)
np.set_printoptions(threshold=10, edgeitems=2)
print(np.arange(20), np.arange(10), repr(np.arange(30).reshape(5, 6)))
np.set_printoptions(threshold=1000, edgeitems=3, linewidth=30)
print(np.arange(20), repr(np.arange(12) / 5))
np.set_printoptions(linewidth=75)
with np.printoptions(precision=2, suppress=True):
    print(np.array([3.14159, 1e-6]))
print(np.array([3.14159, 1e-6]))
opts = np.get_printoptions()
print(opts['precision'], opts['threshold'], opts['edgeitems'], opts['linewidth'], opts['suppress'])
print(np.array_repr(np.array([1, 2])), np.array_str(np.array([1.5, 2])))
