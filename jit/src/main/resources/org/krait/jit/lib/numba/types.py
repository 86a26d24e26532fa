"""numba.types: the type objects used in signatures (int64, float64[:] as strings, ...)."""
from kjit import (int8, int16, int32, int64, uint8, uint16, uint32, uint64, float32, float64, complex64,
                  complex128, boolean, b1, i1, i2, i4, i8, u1, u2, u4, u8, f4, f8, c8, c16, intp, uintp, int_,
                  float_, double, complex_, void, none, byte, intc, bool_)
