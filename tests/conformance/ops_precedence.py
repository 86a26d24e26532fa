# Operator precedence and unary operators.
print(-2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** -2, - - 2, + - 2, - + 2, ~-2, -~2, ~~7, not -1)
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, 10 - 4 - 3, 10 - (4 - 3))
print(100 / 10 / 5, 100 / (10 / 5), 2 ** 2 ** 3, 17 % 5 * 3, 17 % (5 * 3))
print(1 + 2 << 3, 1 + (2 << 3), 1 << 2 + 3, 6 & 3 | 8, 6 & (3 | 8), 6 ^ 3 & 5, (6 ^ 3) & 5)
print(1 | 2 ^ 3 & 4, -8 >> 1 + 1, 3 * -2, 2 * ~1, -3 % 5, -(3 % 5))
print(1 < 2 == True, (1 < 2) == True, 1 + 1 == 2, not 1 == 2, not (1 == 2))
print(True or False and False, 1 if True else 2 + 10, (1 if True else 2) + 10)
print((lambda: 0 if False else 1)(), (lambda: 1)(), (lambda x=3: x * 2)())
print(- 3 ** 2, (- 3) ** 2, 2 ** - 2, 3 - -3, 3 + +3, 3 - - - 3)
print([1, 2] + [3] * 2, 'ab' + 'c' * 3, ('x',) * 2 + ('y',))
print(7 // 2 * 2 + 7 % 2, -7 // 2 * 2 + -7 % 2, 2 * 3 // 4, 2 * (3 // 4))
print(1 + 2 * 3 - 4 / 2 ** 2, (1 + 2) * (3 - 4) / 2 ** 2)
print(not 0 + 0, not 1 - 1, 3 in [3] == True, (3 in [3]) == True)
print(~0 & 0xF, ~(0 & 0xF), -1 ** 0.5, (-1) ** 2, -0 ** 0)

# Unary on various types
a = 5
print(-a, +a, ~a, -(-a), +(-a), ~(~a))
f = 2.5
print(-f, +f, -(-f), -0.0, +(-0.0))
print(-True, +True, ~True, ~False, -False)

# Evaluation order: left to right for operands
order = []
def v(name, value):
    order.append(name)
    return value
result = v('a', 2) + v('b', 3) * v('c', 4)
print(result, order)
order.clear()
result = v('a', 2) ** v('b', 3) ** v('c', 2)
print(result, order)
order.clear()
d = {v('k1', 'x'): v('v1', 1), v('k2', 'y'): v('v2', 2)}
print(d, order)
order.clear()
lst = [v('first', 1), v('second', 2)][v('index', 1)]
print(lst, order)

# Mixed expressions with comparisons inside arithmetic
count = (3 > 2) + (2 > 3) + (5 == 5)
print(count, (1 < 2) * 10, -(2 > 1))
print(2 ** 10 - 1 == 1023, 2 ** (10 - 1), 10 ** 2 // 3 % 7)
