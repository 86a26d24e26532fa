# What @jit refuses, and how it says so: a TypingError names the problem, the file and line with a caret, and the
# types involved. At run time, int64 arithmetic that overflows raises OverflowError instead of wrapping around.
#   bin/krait examples/jit_errors.py
from numba import njit
from numba.core.errors import TypingError


@njit
def mix(x):
    return x + (1, 2)            # int64 + tuple: no such operation


@njit
def unify(flag):
    if flag:
        v = 1.5
    else:
        v = (1, 2)               # a variable has one type
    return v


@njit
def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


@njit(overflow='wrap')           # Krait's opt-out: wrap around like Numba and C
def factorial_wrapping(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


for f, arg in ((mix, 1), (unify, True)):
    try:
        f(arg)
    except TypingError as e:
        print("TypingError:", e)
        print()

print(factorial(20))
try:
    factorial(21)
except OverflowError as e:
    print("OverflowError:", e)
print("wrapped:", factorial_wrapping(21))
