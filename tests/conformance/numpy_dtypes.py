# dtypes: names, comparisons, itemsizes, conversions between them, the scalar types as constructors.
import numpy as np

for t in (np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64, np.float32,
          np.float64, np.bool_):
    d = np.dtype(t)
    z = np.zeros(2, dtype=t)
    print(d, repr(d), d.name, d.kind, d.itemsize, d.char, z.dtype == t, z.itemsize, z.nbytes, repr(z))
print(np.dtype('float64') == np.float64, np.dtype(float) == np.float64, np.dtype(int), np.dtype(bool))
print(np.dtype('f4'), np.dtype('i8'), np.dtype('int32') == 'int32', np.dtype('int32') == np.int64)
a = np.array([1, 2, 3])
print(a.dtype == np.int64, a.dtype == int, a.dtype == 'int64', a.dtype != np.float64, a.dtype in (np.int64, np.int32))
print(np.float64, np.int32, np.bool_, np.int_ is np.int64, np.float_ is np.float64)
print(np.int64(5), np.int32(7), np.float64(2.5), np.float64(3), np.int64(3.9), np.int64('12'), np.bool_(1), np.bool_(0))
print(np.int8(200), np.uint8(300), np.int16(-40000), np.float64(1) / 4, np.int64(7) // 2)
print(np.float64(1.5) + 1, isinstance(np.float64(2.0), float), np.isscalar(3), np.isscalar(a))

x = np.array([1.9, -1.9, 300.5, -300.5])
for t in (np.int64, np.int32, np.int16, np.int8, np.uint8, np.float32, bool):
    print(repr(x.astype(t)))
big = np.array([2 ** 40 + 1, -5])
print(repr(big.astype(np.int32)), repr(big.astype(np.uint32)), repr(big.astype(np.float32)))
print(repr(np.array([0.1, 0.2], dtype=np.float32).astype(np.float64)))
print(repr(np.array([True, False]).astype(np.float32)), repr(np.array([3, 0, -2]).astype(bool)))
u = np.array([250, 5], dtype=np.uint8)
print(repr(u + np.uint8(10)), repr(u + 10), repr(u * 2), repr(u - 6), u.sum(), repr(u.max()))
i8 = np.array([100, -100], dtype=np.int8)
print(repr(i8 + i8), repr(i8 * 2), repr(i8 + np.array([1, 1], dtype=np.uint8)), repr(-i8))
i16 = np.array([1, 2], dtype=np.int16)
print(repr(i16 * 1.5), repr(i16 + np.array([1.0, 2.0], dtype=np.float32)), repr(i16 / i16))
print(repr(np.array([1, 2], dtype=np.int32) * np.array([1.0, 2.0], dtype=np.float32)))
print(repr(np.array([1, 2], dtype=np.uint32) + np.array([1, 2], dtype=np.int32)))
print(repr(np.array([1, 2], dtype=np.uint64) + np.array([1, 2], dtype=np.int64)))
print(repr(np.zeros(3, dtype='float32')), repr(np.ones(2, 'int16')), repr(np.arange(3, dtype='uint8')))
