# @jit over numpy arrays: compiled loops read and write the arrays' memory directly, views (slices, rows,
# transposes) included, and jitted code can make arrays of its own.
#   bin/krait examples/jit_arrays.py
import time
import numpy as np
from numba import njit


@njit
def smooth(a):
    """A 3-point moving average of a 1-D array, into a new array made inside the compiled code."""
    out = np.zeros(a.shape[0])
    for i in range(1, a.shape[0] - 1):
        out[i] = (a[i - 1] + a[i] + a[i + 1]) / 3.0
    return out


@njit
def row_sums(m):
    """Sums of the rows of a 2-D array, int or float."""
    out = np.zeros(m.shape[0])
    for i in range(m.shape[0]):
        s = 0.0
        for j in range(m.shape[1]):
            s += m[i, j]
        out[i] = s
    return out


@njit
def scale_in_place(a, k):
    for i in range(a.shape[0]):
        a[i] *= k


def scale_interpreted(a, k):
    for i in range(a.shape[0]):
        a[i] *= k


if __name__ == '__main__':
    a = np.arange(10, dtype=np.float64)
    print(smooth(a))
    m = np.arange(12).reshape(3, 4)
    print(row_sums(m), row_sums(m.T), row_sums(m[::2, 1:]))
    view = a[2:8:2]              # a strided view: writes go to a's memory
    scale_in_place(view, 10.0)
    print(a)
    print(smooth.signatures)

    big = np.ones(1_000_000)
    scale_in_place(big, 1.0)     # compile first, so only running is timed
    t = time.perf_counter(); scale_interpreted(big, 1.0); interpreted = time.perf_counter() - t
    t = time.perf_counter(); scale_in_place(big, 1.0); jitted = time.perf_counter() - t
    print("jitted loop faster than interpreted:", jitted < interpreted)
