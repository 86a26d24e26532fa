# @njit control flow: if/elif/else, while/for with break, continue and else, early returns, conditional expressions
from numba import njit


@njit
def classify(x):
    if x < 0:
        return -1
    elif x == 0:
        return 0
    else:
        return 1


@njit
def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


@njit
def first_divisor(n):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        return n
    return d


@njit
def sum_odd_skip(n, skip):
    total = 0
    for i in range(n):
        if i % 2 == 0:
            continue
        if i == skip:
            continue
        total += i
    return total


@njit
def countdown(start, stop, step):
    s = 0
    k = 0
    for i in range(start, stop, step):
        s += i * k
        k += 1
    return s, k


@njit
def while_else(n):
    i = 0
    while i < n:
        if i * i > 50:
            break
        i += 1
    else:
        i = -1
    return i


@njit
def nested(n):
    count = 0
    for i in range(n):
        for j in range(i):
            if (i + j) % 3 == 0:
                continue
            if j > 5:
                break
            count += 1
    return count


@njit
def ternary(a, b):
    return a if a > b else b, (a - b) if a != b else 0.5


@njit
def logic(a, b):
    r = 0
    if a > 0 and b > 0:
        r += 1
    if a > 0 or b > 0:
        r += 10
    if not (a > 0):
        r += 100
    if a and b:
        r += 1000
    return r, a and b, a or b, 0 or 2.5


@njit
def promote(n):
    s = 0
    for i in range(n):
        s += 0.5
    return s


print([classify(x) for x in (-5, 0, 7)], classify(-2.5))
print([collatz_steps(n) for n in (1, 6, 27, 97)])
print([first_divisor(n) for n in (15, 17, 49, 2)])
print(sum_odd_skip(20, 7), sum_odd_skip(0, 1))
print(countdown(10, 0, -3), countdown(0, 10, 4), countdown(5, 5, 1), countdown(-5, 5, 2))
print(while_else(100), while_else(3))
print(nested(12))
print(ternary(3, 8), ternary(9, 2), ternary(4, 4))
print(logic(1, 2), logic(0, 5), logic(-3, 0))
print(promote(0), promote(3), promote.signatures)
