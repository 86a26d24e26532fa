# repr() and str() of arrays as NumPy 1.24 prints them: float formats, alignment, scientific notation,
# wrapping at 75 characters, summarisation beyond 1000 elements, dtype suffixes, empty and 0-d arrays.
import numpy as np

for values in ([0.0, 0.5, 1.0], [1.0, 2.0], [0.1, 0.25, 100.0], [1 / 3, 2 / 3], [1e10, 1.0], [1e-5, 1.0],
               [1e5, 1e-5], [123456789.0, 1.0], [1e100, 1.0], [-0.0, 1.5], [np.nan, 1.0, -np.inf],
               [np.nan], [np.inf, -np.inf], [1e20, -1.5e-3], [0.1 + 0.2, 1 / 3], [3.14159265358979, -2.0],
               [1e-10, 0.0], [0.0, 0.0], [-1.25, 1000.5], [12345.678, 0.001], [1e8, 1.0], [99999999.0, 1.0],
               [0.0001, 1.0], [0.00011, 0.2], [2.5e-7]):
    x = np.array(values)
    print(repr(x), str(x))
print(np.array([1.5, 2.25, 0.1], dtype=np.float32), repr(np.array([0.1, 1e9], dtype=np.float32)))
print(repr(np.array([1, -20, 300])), np.array([-5, 5]), repr(np.array([True, False])), np.array([False]))
print(repr(np.array([1, 2], dtype=np.int16)), repr(np.array([1, 2], dtype=np.uint8)), repr(np.array([1.5], dtype=np.float32)))
print(repr(np.array([], dtype=np.int32)), repr(np.array([], dtype=bool)), np.array([]), repr(np.zeros((3, 0))))
print(repr(np.array(3.5)), str(np.array(3.5)), repr(np.array(True)), str(np.array(7)), repr(np.array(2, dtype=np.int32)))

print(np.arange(40))
print(repr(np.arange(40)))
print(np.arange(40) * 1.5)
print(repr(np.arange(30) / 7))
print(repr(np.arange(25, dtype=np.int32)))
print(repr(np.arange(28, dtype=np.int8)))
print(np.arange(2000))
print(repr(np.arange(2000)))
print(repr(np.arange(3000).reshape(1000, 3)))
print(np.arange(1001.0))
print(np.arange(2000).reshape(2, 1000))
print(repr(np.arange(5000).reshape(10, 10, 50)))

m = np.arange(12).reshape(3, 4)
print(m, repr(m), sep='\n')
print(repr(m * 0.5))
print(repr(m.astype(np.float32) / 3))
print(np.arange(24).reshape(2, 3, 4))
print(repr(np.arange(16).reshape(2, 2, 2, 2)))
print(repr(np.arange(60).reshape(3, 20) * 1000))
print(repr(np.array([[True, False], [False, True]])))
print(repr(np.linspace(0, 1, 11).reshape(1, 11)))
print([np.array([1, 2]), np.array([0.5])], (np.arange(3),))
print(f"{np.arange(3)} and {np.array([0.5, 1.0])!r}", str(np.arange(4).reshape(2, 2)))
print(np.array([1.5, 2.5]).dtype, repr(np.array([1]).dtype), str(np.array([1], dtype=np.int32).dtype))
print(np.float64(1.5), np.int64(3), np.array([2.5])[0], np.arange(3).sum(), np.array([1.5, 2.5]).mean())
