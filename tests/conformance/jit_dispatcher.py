# the dispatcher: lazy compilation per argument types, signatures, py_func, explicit signatures, options
from numba import jit, njit, int64, float64
import numba


@njit
def scale(x):
    return x * 2


print(scale.signatures)
print(scale(3), scale(1.5), scale(True), scale(2 + 1j))
print(scale.signatures)
print(scale(4), scale.signatures == [(int64,), (float64,), (numba.boolean,), (numba.complex128,)])
print(scale.py_func(21), scale.py_func.__name__, scale.__name__)
print(len(scale.signatures), str(scale.signatures[0][0]), repr(scale.signatures[1][0]))


@jit(["i8(i8)", "f8(f8)"])
def halve(x):
    return x / 2 if x < 0 else x // 2


print(halve.signatures)
print(halve(9), halve(9.0), halve(-3), halve(-3.0))
try:
    halve(1 + 2j)
except TypeError as e:
    print("TypeError:", e)


@jit("float64(float64, float64)", nopython=True)
def hypot2(a, b):
    return (a * a + b * b) ** 0.5


print(hypot2(3, 4), hypot2.signatures)


@njit(int64(int64, int64))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


print(gcd(1071, 462), gcd.signatures)


@jit("int32(int32)")
def inc32(x):
    return x + 1


print(inc32(41), inc32.signatures)


@njit(nogil=True, cache=False, fastmath=True, boundscheck=False, error_model='numpy')
def safe_div(a, b):
    return a / b


print(safe_div(1.0, 0.0), safe_div(-1.0, 0.0), safe_div(6.0, 3.0))


@njit(locals={'acc': float64})
def accumulate(n):
    acc = 0
    for i in range(n):
        acc += i
    return acc


print(accumulate(5), accumulate.signatures)


def square(v):
    return v * v


jsquare = njit(square)
print(jsquare(7), jsquare.py_func is square)
redecorated = njit(nogil=True)(scale.py_func)
print(redecorated(5), redecorated.signatures)
print(numba.typeof(3), numba.typeof(2.0), numba.typeof((1, 2.5)), numba.typeof(True), numba.typeof(1j))
try:
    njit(bogus_option=True)(square)(3)
except KeyError as e:
    print("KeyError", 'bogus_option' in str(e))
