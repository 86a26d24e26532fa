# parallel=True with prange: the iterations are shared among threads; += -= *= on a variable are reductions
from numba import njit, prange


@njit(parallel=True)
def integer_stats(n):
    total = 0
    evens = 0
    down = 0
    for i in prange(n):
        total += i
        if i % 2 == 0:
            evens += 1
        down -= 2
    return total, evens, down


@njit(parallel=True)
def product_of_small(n):
    p = 1
    for i in prange(1, n + 1):
        p *= i % 3 + 1
    return p


@njit(parallel=True)
def ranged(a, b):
    s = 0
    for i in prange(a, b):
        s += i * i
    return s


@njit(parallel=True)
def dyadic(n):
    # sums of binary fractions are exact, whatever the order of the additions
    s = 0.0
    for i in prange(n):
        s += (i % 8) * 0.125
    return s


@njit
def sequential(n):
    total = 0
    for i in prange(n):
        total += i
    return total


for n in (0, 1, 10, 1000, 100000):
    print(n, integer_stats(n), dyadic(n), sequential(n))
print(product_of_small(12), product_of_small(1))
print(ranged(0, 100), ranged(-50, 50), ranged(5, 5))
print(integer_stats.signatures, sum(prange(5)))
