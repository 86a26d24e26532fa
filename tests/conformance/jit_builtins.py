# builtins inside @njit: abs, min, max, len, int, float, bool, complex, round, divmod, pow, range
from numba import njit


@njit
def absolutes(i, f, z):
    return abs(i), abs(f), abs(z), abs(True)


@njit
def extremes(a, b, c):
    return min(a, b), max(a, b, c), min(a, 2.5), max((a, b, c)), min((c, b))


@njit
def conversions(f, i):
    return int(f), float(i), bool(i), bool(f), int(True), complex(f, i), complex(i)


@njit
def roundings(x):
    return round(x), round(x, 1), round(x, 0), round(7, -1)


@njit
def divmods(a, b):
    return divmod(a, b), pow(a, 2), pow(2.0, b)


@njit
def lengths(n):
    return len(range(n)), len(range(2, n, 3)), len((1, 2.0, 3)), len(range(n, 0, -2))


@njit
def range_sum(start, stop, step):
    total = 0
    for i in range(start, stop, step):
        total += i
    return total


print(absolutes(-7, -2.5, 3 + 4j), absolutes(0, 0.0, -1j))
print(extremes(3, 9, 1), extremes(-2, -8, 0))
print(conversions(3.99, 0), conversions(-2.5, 7))
for x in (2.5, 3.5, -2.5, 0.125, 1.25, 2.675, -0.4):
    print(x, roundings(x))
print(divmods(17, 5), divmods(-17, 5), divmods(17, -5))
print(lengths(10), lengths(0), lengths(1))
print(range_sum(0, 10, 1), range_sum(10, 0, -1), range_sum(-5, 50, 7), range_sum(5, 5, 2))
