# math functions inside @njit (results rounded to 12 digits: libm implementations may differ in the last bit)
import math
from numba import njit


@njit
def transcendental(x):
    return (math.sqrt(x), math.exp(x), math.log(x), math.log10(x), math.log1p(x), math.expm1(x),
            math.sin(x), math.cos(x), math.tan(x), math.atan(x), math.sinh(x), math.cosh(x), math.tanh(x),
            math.asinh(x))


@njit
def rounding(x):
    return math.floor(x), math.ceil(x), math.trunc(x), math.fabs(x)


@njit
def two_args(y, x):
    return math.atan2(y, x), math.hypot(y, x), math.copysign(y, x), math.pow(y, x)


@njit
def predicates(x):
    return math.isnan(x), math.isinf(x), math.isfinite(x)


@njit
def constants():
    return math.pi, math.e, math.tau, math.inf, -math.inf


@njit
def angles(d):
    return math.radians(d), math.degrees(math.radians(d))


@njit
def special(x):
    return math.asin(x), math.acos(x), math.atanh(x)


@njit
def gcds(a, b):
    return math.gcd(a, b)


def r(t):
    return tuple(round(v, 12) if isinstance(v, float) else v for v in t)


for x in (0.5, 1.0, 2.0, 10.0):
    print(x, r(transcendental(x)))
for x in (-2.5, -0.5, 0.0, 2.5, 7.999, 3):
    print(x, rounding(x))
print(r(two_args(1.0, 2.0)), r(two_args(-3.0, 0.5)), r(two_args(5.5, -2.0)))
print(predicates(1.0), predicates(math.inf), predicates(math.nan), predicates(5))
print(r(constants()))
print(r(angles(180.0)), r(angles(45)))
print(r(special(0.5)), r(special(-0.25)))
print(gcds(12, 18), gcds(-4, 6), gcds(0, 5))
print(math.isnan(transcendental(-1.0)[0]), transcendental(0.0)[2])
