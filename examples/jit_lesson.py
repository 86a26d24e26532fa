# The @jit lesson of the material (seed 000): compiling a hot function just in time pays off when it runs often,
# and compiled code declared nogil=True runs without the GIL, so threads calling it run in parallel.
#   bin/krait examples/jit_lesson.py
import threading
import time
from numba import jit, njit


def count_py(n):
    while n > 0:
        n -= 1
    return n


@jit
def count_jit(n):
    while n > 0:
        n -= 1
    return n


@njit(nogil=True)
def sum_squares(n):
    s = 0.0
    for i in range(n):
        s += i * 0.5 * i
    return s


@jit(nopython=True)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def timed(f, *args):
    t = time.perf_counter()
    f(*args)
    return time.perf_counter() - t


if __name__ == '__main__':
    # the first call compiles (type inference + JVM bytecode), later calls with the same types reuse it
    print("first call of count_jit (compiles): %.3f s" % timed(count_jit, 10))
    print("second call:                        %.6f s" % timed(count_jit, 10))
    n = 2_000_000
    interp = timed(count_py, n)
    jitted = timed(count_jit, n)
    print("count(%d): interpreted %.3f s, jitted %.4f s (%.0fx)" % (n, interp, jitted, interp / jitted))
    print("fib(30) =", fib(30), "in %.3f s" % timed(fib, 30))

    # nogil=True: two threads each summing N squares take about as long as one
    N = 50_000_000
    sum_squares(10)
    seq = timed(lambda: (sum_squares(N), sum_squares(N)))
    threads = [threading.Thread(target=sum_squares, args=(N,)) for _ in range(2)]
    t = time.perf_counter()
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    par = time.perf_counter() - t
    print("sum_squares twice: sequential %.3f s, two threads %.3f s (%.2fx)" % (seq, par, seq / par))
