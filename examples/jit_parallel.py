# parallel=True and prange: the iterations of a loop are split over the cores, and += / *= on a variable
# become reductions whose per-thread parts are combined at the end.
#   bin/krait examples/jit_parallel.py
import time
from numba import njit, prange


@njit(parallel=True)
def pi_parallel(n):
    total = 0.0
    for k in prange(n):
        total += (4.0 if k % 2 == 0 else -4.0) / (2 * k + 1)
    return total


@njit
def pi_serial(n):
    total = 0.0
    for k in range(n):
        total += (4.0 if k % 2 == 0 else -4.0) / (2 * k + 1)
    return total


n = 200_000_000
pi_parallel(10), pi_serial(10)          # compile first
for f in (pi_serial, pi_parallel):
    t = time.perf_counter()
    value = f(n)
    print("%-11s %.12f  %.3f s" % (f.__name__, value, time.perf_counter() - t))
