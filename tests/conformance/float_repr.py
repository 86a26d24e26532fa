# repr/str of floats: shortest round-tripping representation.
print(0.1 + 0.2)
print(0.1, 0.2, 0.3, 1 / 3, 2 / 3)
print(1e16, 1e15, 1e17, 123456789012345678.0)
print(1e-5, 1e-4, 0.0001, 0.00001234, 1.5e-7)
print(-0.0, 0.0, -0.0 == 0.0)
print(float('inf'), float('-inf'), float('nan'))
print(1.0, 2.5, -3.75, 100.0, 1e100, 1.7976931348623157e308)
print(5e-324, 2.2250738585072014e-308)
print(1e22, 1e21, 1e23, 9007199254740993.0)
print(3.14159, 2.718281828459045, 1.1 * 3)
print(repr(1.0), str(1.0), repr(0.5), str(-2.0))
print([0.1, 1e-7, 1e16, -0.0])
print((1.5,), {1.5: 2.5})
print(100.0 / 3, 10.0 / 4, 1 / 8)
print(float(10), float(-3), float(2 ** 53), float(2 ** 53 + 1))
print(float(10 ** 16), float(10 ** 17), float(12345678901234567890))
print(0.1 * 3, 0.7 + 0.1, 0.3 - 0.1, 4.35 * 100)
print(1.23e5, 1.23e-5, 123e10, 1.0e-10)
print(2.0 ** 0.5, 10 ** 0.5, 2 ** 0.5 * 2 ** 0.5)
print(1 / 7, 22 / 7, 355 / 113)
print(0.1 + 0.7, 1.1 + 2.2, 3.3 * 3)
print(123456.789, 0.000123456789, 1234567890.123)
print(float('1.5'), float('-.5'), float('5.'), float('1_000.5'))
print(float('  12.5  '), float('1E3'), float('-1e-3'), float('Infinity'), float('-NaN'))

# Accumulated rounding error
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0, round(total, 10) == 1.0)

# Halving repeatedly
x = 1.0
values = []
for i in range(8):
    values.append(x)
    x /= 10
print(values)

# Doubling repeatedly
x = 1.0
for i in range(6):
    x *= 1000
    print(x)

# Big and small exponents
for e in [15, 16, 17, 20, 50, -4, -5, -6, -20]:
    print(e, 10.0 ** e, 1.5 * 10.0 ** e)
print(float.__name__, type(1.5).__name__)
