# exceptions raised by jitted code: division by zero, raise and assert inside @njit, bad ranges
from numba import njit


@njit
def divide(a, b):
    return a / b


@njit
def floor_divide(a, b):
    return a // b


@njit
def modulo(a, b):
    return a % b


@njit
def checked_sqrt(x):
    if x < 0:
        raise ValueError("negative input")
    return x ** 0.5


@njit
def positive(x):
    assert x > 0, "x must be positive"
    return x


@njit
def plain_assert(x):
    assert x != 3
    return x * 2


@njit
def ranged(n, step):
    s = 0
    for i in range(0, n, step):
        s += i
    return s


@njit
def power(a, b):
    return a ** b


def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


attempt('1/0', divide, 1, 0)
attempt('1.0/0.0', divide, 1.0, 0.0)
attempt('7//0', floor_divide, 7, 0)
attempt('7.5//0.0', floor_divide, 7.5, 0.0)
attempt('7%0', modulo, 7, 0)
attempt('7.5%0.0', modulo, 7.5, 0.0)
attempt('0**-1', power, 0, -1)
attempt('sqrt(-4)', checked_sqrt, -4.0)
attempt('sqrt(16)', checked_sqrt, 16.0)
attempt('positive(-1)', positive, -1)
attempt('positive(2)', positive, 2)
attempt('plain_assert(3)', plain_assert, 3)
attempt('plain_assert(4)', plain_assert, 4)
attempt('range step 0', ranged, 10, 0)
attempt('range step 3', ranged, 10, 3)
print(divide(5, 0))
