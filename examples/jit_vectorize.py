# @vectorize turns a scalar function into a universal function: applied to numbers it is the jitted function,
# applied to arrays (numpy's, once Krait has numpy) it runs element by element and returns a new array.
#   bin/krait examples/jit_vectorize.py
from numba import vectorize


@vectorize(["float64(float64, float64)"])
def rel_diff(a, b):
    return abs(a - b) / max(abs(a), abs(b), 1e-300)


@vectorize
def clamp(x, lo, hi):
    return lo if x < lo else hi if x > hi else x


print(rel_diff(1.0, 1.1), rel_diff(5, 5), clamp(15, 0, 10), clamp(-2.5, 0.0, 1.0), clamp.__name__)
