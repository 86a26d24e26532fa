# @njit arithmetic with Python semantics (and Numba's where they differ)
from numba import njit


@njit
def ops(a, b):
    return a + b, a - b, a * b, a / b, a // b, a % b


@njit
def powers(a, b):
    return a ** b


@njit
def bits(a, b):
    return a & b, a | b, a ^ b, ~a, a << 3, a >> 2


@njit
def unary(x):
    return -x, +x, not x


@njit
def mixed(i, f):
    return i + f, i * f, i / 2, f // 3, i % 3.5


@njit
def bools(p, q):
    return p + q, p & q, p | q, p ^ q, -p, ~p


@njit
def complex_ops(z, w):
    return z + w, z - w, z * w, z / w, abs(z), z.real, z.imag, z.conjugate()


@njit
def chain(a, b, c):
    return a < b < c, a <= b >= c, a == b != c, a < b > c


@njit
def compare_mixed(i, f):
    return i < f, i == f, i >= f, f != i


for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (12345678901, 97)]:
    print(a, b, ops(a, b))
for a, b in [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.25), (0.1, 0.7), (-0.0, 5.0), (1e300, 1e-10)]:
    print(a, b, ops(a, b))
for a, b in [(2, 10), (3, 0), (-3, 3), (1, -5), (-1, -3), (-1, -2), (5, -1), (2.0, 0.5), (2, 0.5), (9.0, -2), (-2.0, 3)]:
    print(a, b, powers(a, b))
for a, b in [(12, 10), (-12, 3), (0, 0), (255, 15)]:
    print(a, b, bits(a, b))
print(unary(5), unary(-2.5), unary(0), unary(0.0))
print(mixed(7, 2.5), mixed(-3, -1.25))
print(bools(True, False), bools(True, True))
print(complex_ops(1 + 2j, 3 - 4j))
print(complex_ops(2.5j, 1 + 0j))
print(chain(1, 2, 3), chain(3, 2, 1), chain(2, 2, 2))
print(compare_mixed(3, 3.0), compare_mixed(2, 2.5))
print(ops.signatures)
print(powers.signatures)
