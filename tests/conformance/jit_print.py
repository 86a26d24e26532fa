# print() inside @njit: strings and numbers, as the interpreter prints them
from numba import njit


@njit
def table(n):
    for i in range(1, n + 1):
        print("row", i, i * i, i / 4, i % 2 == 0)
    print("done", -n, True, None)
    return n


table(4)
