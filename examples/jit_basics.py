# @jit basics: lazy compilation per argument types, the dispatcher's attributes, explicit signatures, options.
#   bin/krait examples/jit_basics.py         (kjit is Krait's own name for the numba module)
from numba import jit, njit, int64, float64
import kjit


@njit
def hypot(x, y):
    return (x * x + y * y) ** 0.5


print(hypot.signatures)                 # nothing compiled yet
print(hypot(3, 4), hypot(1.5, 2.0))     # compiles for (int64, int64), then for (float64, float64)
print(hypot.signatures)
print(hypot.py_func(3, 4))              # the original Python function, interpreted


@jit(["int64(int64)", "float64(float64)"])   # compiled at once; other argument types are converted or refused
def cube(x):
    return x * x * x


print(cube(3), cube(1.5), cube(True), cube.signatures)
try:
    cube(1j)
except TypeError as e:
    print("TypeError:", e)


@kjit.njit(float64(float64, int64))      # a signature built from type objects
def power(x, n):
    r = 1.0
    for _ in range(n):
        r *= x
    return r


print(power(1.5, 3), power.signatures)


@njit(locals={"total": float64}, error_model="numpy")   # a declared local type; x / 0.0 gives inf, not an error
def mean(a, b, c):
    total = a + b + c
    return total / 3, a / 0.0


print(mean(1, 2, 4))


@njit
def classify(n):
    # recursion, tuples, early returns, int -> float promotion
    if n < 0:
        return classify(-n)[0], -1.0
    steps = 0
    while n > 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps, 1


print(classify(27), classify(-6))
