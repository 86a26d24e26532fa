"""Krait's numpy: the core of NumPy (n-dimensional arrays of numbers, ufuncs, reductions, printing).

The arrays, ufuncs and reductions are Java code (module _numpy). This package adds the ufunc objects (_ufunc), the
scalar types and constants, joining and reshaping (_shapes), statistics (_statistics), print options (_printing)
and numpy.random. Array elements read back as Python numbers: a[0] of an int64 array is an int, of a float64
array a float (NumPy's own scalar types print the same in NumPy 1.24).
"""
from _numpy import *
from numpy._ufunc import ufunc
from numpy._shapes import *
from numpy._statistics import *
from numpy._printing import *
from _numpy import _cast, where as _where

__version__ = '1.24.2'

pi = 3.141592653589793
e = 2.718281828459045
inf = float('inf')
nan = float('nan')
NaN = NAN = nan
Inf = Infinity = PINF = inf
NINF = -inf
euler_gamma = 0.5772156649015329
newaxis = None

# the element-wise functions as ufunc objects (with reduce, accumulate and outer)
add = ufunc(add, 'add', 2, 0)
subtract = ufunc(subtract, 'subtract', 2)
multiply = ufunc(multiply, 'multiply', 2, 1)
true_divide = ufunc(true_divide, 'true_divide', 2)
floor_divide = ufunc(floor_divide, 'floor_divide', 2)
remainder = ufunc(remainder, 'remainder', 2)
power = ufunc(power, 'power', 2)
minimum = ufunc(minimum, 'minimum', 2)
maximum = ufunc(maximum, 'maximum', 2)
bitwise_and = ufunc(bitwise_and, 'bitwise_and', 2, -1)
bitwise_or = ufunc(bitwise_or, 'bitwise_or', 2, 0)
bitwise_xor = ufunc(bitwise_xor, 'bitwise_xor', 2, 0)
arctan2 = ufunc(arctan2, 'arctan2', 2)
hypot = ufunc(hypot, 'hypot', 2, 0)
equal = ufunc(equal, 'equal', 2)
not_equal = ufunc(not_equal, 'not_equal', 2)
less = ufunc(less, 'less', 2)
less_equal = ufunc(less_equal, 'less_equal', 2)
greater = ufunc(greater, 'greater', 2)
greater_equal = ufunc(greater_equal, 'greater_equal', 2)
negative = ufunc(negative, 'negative', 1)
positive = ufunc(positive, 'positive', 1)
absolute = ufunc(absolute, 'absolute', 1)
square = ufunc(square, 'square', 1)
sign = ufunc(sign, 'sign', 1)
invert = ufunc(invert, 'invert', 1)
sqrt = ufunc(sqrt, 'sqrt', 1)
cbrt = ufunc(cbrt, 'cbrt', 1)
exp = ufunc(exp, 'exp', 1)
exp2 = ufunc(exp2, 'exp2', 1)
expm1 = ufunc(expm1, 'expm1', 1)
log = ufunc(log, 'log', 1)
log2 = ufunc(log2, 'log2', 1)
log10 = ufunc(log10, 'log10', 1)
log1p = ufunc(log1p, 'log1p', 1)
sin = ufunc(sin, 'sin', 1)
cos = ufunc(cos, 'cos', 1)
tan = ufunc(tan, 'tan', 1)
arcsin = ufunc(arcsin, 'arcsin', 1)
arccos = ufunc(arccos, 'arccos', 1)
arctan = ufunc(arctan, 'arctan', 1)
sinh = ufunc(sinh, 'sinh', 1)
cosh = ufunc(cosh, 'cosh', 1)
tanh = ufunc(tanh, 'tanh', 1)
floor = ufunc(floor, 'floor', 1)
ceil = ufunc(ceil, 'ceil', 1)
trunc = ufunc(trunc, 'trunc', 1)
rint = ufunc(rint, 'rint', 1)
deg2rad = ufunc(deg2rad, 'deg2rad', 1)
rad2deg = ufunc(rad2deg, 'rad2deg', 1)
isnan = ufunc(isnan, 'isnan', 1)
isinf = ufunc(isinf, 'isinf', 1)
isfinite = ufunc(isfinite, 'isfinite', 1)
logical_not = ufunc(logical_not, 'logical_not', 1)
divide = true_divide
mod = remainder
abs = absolute
fmin = minimum
fmax = maximum


# numpy's scalar types: calling one converts a value to that type and gives a Python number (what Krait's array
# elements are); as dtype arguments they name the dtype. They belong to module numpy, which dtypes and @jit check.
class generic:
    """The base of numpy's scalar types. Calling one converts a value to the type, as a Python number."""

    def __new__(cls, value=0):
        return _cast(cls.__name__, value)


class number(generic):
    pass


class integer(number):
    pass


class signedinteger(integer):
    pass


class unsignedinteger(integer):
    pass


class inexact(number):
    pass


class floating(inexact):
    pass


class bool_(generic):
    def __new__(cls, value=False):
        return _cast('bool', value)


class int8(signedinteger):
    pass


class int16(signedinteger):
    pass


class int32(signedinteger):
    pass


class int64(signedinteger):
    pass


class uint8(unsignedinteger):
    pass


class uint16(unsignedinteger):
    pass


class uint32(unsignedinteger):
    pass


class uint64(unsignedinteger):
    pass


class float32(floating):
    pass


class float64(floating, float):
    def __new__(cls, value=0.0):
        return _cast('float64', value)


int_ = intp = int64
float_ = double = float64
single = float32
byte = int8
ubyte = uint8
short = int16
ushort = uint16
intc = int32
uintc = uint32
uint = uint64


def where(condition, x=None, y=None):
    """x where condition holds, else y; with the condition alone, the indices where it holds (np.nonzero)."""
    if x is None and y is None:
        return nonzero(condition)
    if x is None or y is None:
        raise ValueError('either both or neither of x and y should be given')
    return _where(condition, x, y)


def isscalar(element):
    return isinstance(element, (int, float, bool, complex, str, bytes, generic))


def array_equal(a1, a2):
    a1 = asarray(a1)
    a2 = asarray(a2)
    return a1.shape == a2.shape and bool((a1 == a2).all())


def allclose(a, b, rtol=1e-05, atol=1e-08):
    a = asarray(a)
    b = asarray(b)
    return bool((absolute(a - b) <= atol + rtol * absolute(b)).all())


def isclose(a, b, rtol=1e-05, atol=1e-08):
    return absolute(subtract(a, b)) <= atol + rtol * absolute(b)


def count_nonzero(a):
    return int(not_equal(a, 0).sum())


def eye(N, M=None, k=0, dtype=float):
    out = zeros((N, N if M is None else M), dtype=dtype)
    for i in range(N):
        j = i + k
        if 0 <= j < out.shape[1]:
            out[i, j] = 1
    return out


def identity(n, dtype=float):
    return eye(n, dtype=dtype)


def unique(ar):
    s = sort(asarray(ar), axis=None)
    if s.size == 0:
        return s
    keep = concatenate((array([True]), s[1:] != s[:-1]))
    return s[keep]


def diff(a):
    a = asarray(a)
    return a[..., 1:] - a[..., :-1]


def nonzero(a):
    a = asarray(a)
    flat = arange(a.size)[a.ravel() != 0]
    out = []
    step = a.size
    for n in a.shape:
        step //= n
        out.append(flat // step % n)
    return tuple(out)


def argwhere(a):
    return stack(nonzero(a), axis=-1) if asarray(a).ndim else zeros((int(bool(a)), 0), dtype=int64)


def flatnonzero(a):
    return arange(asarray(a).size)[asarray(a).ravel() != 0]


def outer(a, b):
    return asarray(a).ravel()[:, None] * asarray(b).ravel()[None, :]


from numpy import random  # noqa: E402 (numpy.random uses the functions above)
