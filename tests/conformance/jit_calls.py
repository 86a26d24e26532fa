# calls between jitted functions: recursion, mutual recursion, keyword and default arguments, globals frozen at
# compile time, tuples passed and returned
from numba import njit

SCALE = 3
OFFSET = 0.5
PAIR = (4, 5)


@njit
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


@njit
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


@njit
def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


@njit
def scaled(x, factor=2, shift=0.0):
    return x * factor + shift


@njit
def use_scaled(x):
    return scaled(x), scaled(x, 3), scaled(x, shift=1.5), scaled(factor=-1, x=x)


@njit
def use_globals(x):
    return x * SCALE + OFFSET, PAIR[0] * x + PAIR[1]


@njit
def divmod_pair(a, b):
    return a // b, a % b


@njit
def swap_sum(t):
    a, b = t
    q, r = divmod_pair(b, a)
    return (b, a), q + r


@njit
def fib_pair(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a, b


@njit
def tuple_ops(t):
    u = t + (7, 8)
    return u, len(u), u[-1], u[1:3], u[::2], max(u), min(t)


@njit
def tuple_index(t, i):
    return t[i] * 10


@njit
def tuple_loop(t):
    s = 0
    for x in t:
        s += x * x
    return s


@njit
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


@njit
def maybe(x):
    if x > 0:
        return x * 2
    return None


@njit
def contains(x):
    return x in (1, 3, 5), x not in (2, 4)


print(fib(25), fib(1), fib.signatures)
print(is_even(10), is_odd(7), is_even(3))
print(use_scaled(4), use_scaled(1.5))
print(use_globals(2), use_globals(0.25))
print(swap_sum((3, 17)), swap_sum((5, 5)))
print(fib_pair(10), fib_pair(0))
print(tuple_ops((1, 2, 3)))
print(tuple_index((3, 1, 4, 1, 5), 2), tuple_index((3, 1, 4), -1))
print(tuple_loop((1, 2, 3, 4)), tuple_loop((1.5, 2.5)))
print(ackermann(2, 3))
print(maybe(4), maybe(-4), maybe.signatures)
print(contains(3), contains(4))
