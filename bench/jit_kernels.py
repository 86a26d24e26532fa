# The @njit kernels of ../shared/anchors/programs/numba_jit.py that need neither numpy nor threads, with the same
# sizes and the same output lines: "TIME <kernel>.first <s>" (compile + run), "TIME <kernel>.steady <s>" (median of
# 3 later calls), "RESULT <kernel> <value>". Run it with Krait, with CPython + Numba, and with
# NUMBA_DISABLE_JIT=1 (the same code interpreted); bench/jit.sh does all three.
import sys
import time
from numba import njit


def median(xs):
    xs = sorted(xs)
    return xs[len(xs) // 2]


@njit
def count(n):
    while n > 0:
        n -= 1
    return n


@njit
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


@njit
def fib27x20():
    r = 0
    for j in range(20):
        r = fib(27)
    return r


@njit
def mandel(w, h, maxit):
    inside = 0
    for py in range(h):
        ci = -1.2 + 2.4 * py / h
        for px in range(w):
            cr = -2.1 + 2.8 * px / w
            zr = 0.0
            zi = 0.0
            k = 0
            while k < maxit:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                k += 1
            if k == maxit:
                inside += 1
    return inside


@njit
def mc_pi(n, seed):
    x = seed
    hits = 0
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        u = x / 2147483648.0
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        v = x / 2147483648.0
        if u * u + v * v <= 1.0:
            hits += 1
    return 4.0 * hits / n


@njit(nogil=True)
def lcg_sum(n, seed):
    x = seed
    s = 0
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        s += x & 1023
    return s


@njit
def sum_squares(n):
    s = 0.0
    for i in range(n):
        s += i * 0.5 * i
    return s


def timed(name, fn, *args):
    t0 = time.perf_counter()
    r = fn(*args)
    first = time.perf_counter() - t0
    ts = []
    for i in range(3):
        t0 = time.perf_counter()
        r = fn(*args)
        ts.append(time.perf_counter() - t0)
    print("TIME " + name + ".first", round(first, 6))
    print("TIME " + name + ".steady", round(median(ts), 9))
    print("RESULT " + name, r)


scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
timed("count", count, int(20000000 * scale))
timed("fib27x20", fib27x20)
timed("mandel", mandel, 480, 360, 100)
timed("mc_pi10M", mc_pi, int(10000000 * scale), 42)
timed("lcg400M_nogil", lcg_sum, int(400000000 * scale), 1)
timed("sum_squares50M", sum_squares, int(50000000 * scale))
