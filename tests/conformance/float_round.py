# round() uses round-half-to-even and exact binary values.
print(round(2.675, 2), round(2.665, 2), round(1.005, 2))
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5))
print(round(0.4), round(0.6), round(-0.4), round(-0.6))
print(type(round(2.5)), type(round(2.5, 0)), type(round(2.5, 1)))
print(round(2.5, 0), round(3.5, 0), round(-2.5, 0))
print(round(3.14159, 3), round(3.14159, 0), round(3.14159, 1), round(3.14159))
print(round(1234.5678, -2), round(1234.5678, -1), round(1250.0, -2), round(1350.0, -2))
print(round(5, -1), round(15, -1), round(25, -1), round(-15, -1), round(1234, -2))
print(round(7), round(-7), round(7, 2), type(round(7, 2)))
print(round(123456789, -3), round(2 ** 70, -20))
print(round(0.125, 2), round(0.375, 2), round(0.1 + 0.2, 15), round(0.1 + 0.2, 16))
print(round(1e16 + 0.5), round(-0.0), round(-0.0, 1), round(0.05, 1), round(0.15, 1))

# Rounding a table of values to various digits
values = [1.23456, 9.87654, 0.000499, 12.5, 99.995, -3.14159]
for v in values:
    print(v, [round(v, n) for n in range(4)])

# Rounding prices
prices = [19.999, 5.005, 0.125, 2.345, 100.0]
total = 0
for p in prices:
    r = round(p, 2)
    total += r
    print("price", p, "->", r)
print("total", round(total, 2))

# Banker's rounding for a range of halves
print([round(n + 0.5) for n in range(-5, 6)])
print([round(n / 2) for n in range(-6, 7)])

# Percentages
for part, whole in [(1, 3), (2, 3), (1, 7), (5, 8), (0, 4)]:
    print(part, whole, round(100 * part / whole, 1), round(part / whole, 4))
