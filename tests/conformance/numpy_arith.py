# Element-wise arithmetic, comparisons, broadcasting, in-place operators and ufuncs.
import numpy as np

a = np.array([1, 2, 3, 4])
b = np.array([10, 20, 30, 40])
f = np.array([0.5, 1.5, -2.5, 4.0])
print(a + b, a - b, a * b, b / a, b // 3, b % 7, a ** 2)
print(a + 1, 1 + a, a - 1, 10 - a, a * 2.5, 2 * a, a / 2, 12 / a, 2 ** a)
print(f + a, f * f, f // 1, f % 2, -f, abs(f), +a, -a)
print(a == 2, a != 2, a < 3, a <= 3, a > b / 10, a >= 2.5)
print(3 < a, 2 == a, f > 0)
print((a > 1) & (a < 4), (a < 2) | (a > 3), (a > 1) ^ (a > 2), ~(a > 2))
print(a & 6, a | 8, a ^ 1, ~a)

m = np.arange(6).reshape(2, 3)
row = np.array([100, 200, 300])
col = np.array([[1], [2]])
print(m + row)
print(m * col)
print(col + row)
print(m + 0.5)
print(np.arange(3).reshape(3, 1) * np.arange(4))
print(np.ones((2, 1, 3)) + np.arange(3))

i32 = np.array([1, 2, 3], dtype=np.int32)
f32 = np.array([1.0, 2.0, 3.0], dtype=np.float32)
for x in (i32 + 1, i32 + i32, i32 * 2.0, i32 + a[:3], f32 + 1, f32 * 2.5, f32 + f[1:], i32 / 2, i32 // 2,
          f32 + i32, np.array([1, 2], dtype=np.int8) + np.array([1, 2], dtype=np.int16),
          np.array([True, False]) + 1, np.array([True, False]) * 2.0):
    print(repr(x))
bools = np.array([True, False, True])
print(bools + bools, bools * bools, repr(bools + bools), bools.sum())

print(np.array([-7, 7, -7, 7]) // np.array([2, 2, -2, -2]), np.array([-7, 7, -7, 7]) % np.array([2, 2, -2, -2]))
print(np.array([-7.5, 7.5]) // 2, np.array([-7.5, 7.5]) % 2, np.array([-7.5, 7.5]) % -2)
print(np.array([5, 3]) // 0, np.array([5, 3]) % 0)
print(np.array([1.0, -1.0, 0.0]) / 0, np.array([1.0, 0.0]) // 0, np.array([1.0]) % 0)
print(np.array([2 ** 62]) * 4, np.array([127], dtype=np.int8) + 1)

x = np.arange(5)
x += 10
print(x)
x *= 2
print(x)
x -= np.array([1, 2, 3, 4, 5])
print(x)
x //= 3
print(x)
y = np.ones(3)
y += 1
y /= 4
y **= 2
print(y)
z = y
z += 1
print(y is z, y)
v = np.zeros((2, 3))
v += np.array([1, 2, 3])
print(v)

print(np.add(a, b), np.subtract(a, 1), np.multiply(2, a), np.divide(a, 4), np.power(a, 3), np.mod(b, 7))
print(np.add(1, 2), np.multiply(2.5, 2), np.mod(-7, 3))
print(np.sqrt(np.array([1, 4, 9, 2])), np.exp(np.array([0.0, 1.0])), np.log(np.array([1, np.e, 10])))
print(np.sin(np.array([0, np.pi / 2])), np.cos(np.array([0.0, np.pi])), np.abs(np.array([-1, 2, -3])))
print(np.minimum(a, 2), np.maximum(a, np.array([4, 3, 2, 1])), np.clip(a, 2, 3), np.clip(f, -1, 1))
print(np.where(a > 2, a, 0), np.where(a % 2 == 0, 1.5, -1), np.where([True, False], [1, 2], [3, 4]))
print(np.floor(f), np.ceil(f), np.square(a), np.negative(a), np.sign(f), np.isnan(np.array([1.0, np.nan])))
print(np.sqrt(4.0), np.log10(1000), np.arctan2(1.0, 1.0), np.hypot(3, 4))
print(np.add([1, 2], [3, 4]), np.array([1, 2]) + [10, 20], a.clip(2, 3), np.sqrt(np.arange(4, dtype=np.int32)).dtype)
print(np.pi, np.e, np.nan, np.inf, -np.inf)
