"""Numba compatibility: Krait's @jit (module kjit) under the names Numba programs import.

    from numba import jit, njit, prange, vectorize

Functions compile to JVM bytecode on their first call with new argument types; see kjit for what is supported.
"""
from kjit import (jit, njit, prange, vectorize, typeof, NumbaError, TypingError, UnsupportedError,
                  int8, int16, int32, int64, uint8, uint16, uint32, uint64, float32, float64, complex64,
                  complex128, boolean, b1, i1, i2, i4, i8, u1, u2, u4, u8, f4, f8, c8, c16, intp, uintp, int_,
                  float_, double, complex_, void, none, byte, intc, bool_)
import numba.core.errors
import numba.types

__version__ = "0.59.0+krait"
