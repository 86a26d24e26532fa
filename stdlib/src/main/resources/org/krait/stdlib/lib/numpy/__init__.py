"""Krait's numpy: the core of NumPy (n-dimensional arrays of numbers, ufuncs, reductions, printing).

The arrays, ufuncs and reductions are Java code (module _numpy); this package adds numpy's scalar types and
constants. Array elements read back as Python numbers: a[0] of an int64 array is an int, of a float64 array a
float (NumPy's own scalar types print the same in NumPy 1.24).
"""
from _numpy import *
from _numpy import _cast

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
