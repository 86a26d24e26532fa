# Float arithmetic, int/float mixing and special values.
print(1 + 2.0, 3 * 1.5, 10 - 0.5, 7 / 2, 6 / 3, -6 / 4)
print(type(6 / 3), type(2 * 1.0), type(2 + 3))
print(1 / 2, 1 / 3, 2 / 1, 0 / 5)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3, 2.0 ** 10)
print(4 ** 0.5, 27 ** (1 / 3), 2 ** 0.5, 9 ** 0.5)
print(1.5 * 2 == 3, 3.0 == 3, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)

inf = float('inf')
nan = float('nan')
print(inf + 1, inf * 2, -inf, inf - inf, inf * 0, 1 / inf)
print(nan + 1, nan * 0, nan == nan, nan != nan, nan < 1, nan > 1)
print(float('nan') != float('nan'), inf == inf, inf > 10 ** 300, -inf < -10 ** 300)
print(inf > 1e308, 1e308 * 10, -1e308 * 10)
x = nan
print(x == x, x is x, [x] == [x])

# Mixed comparisons between int and float
print(1 == 1.0, 2 < 2.5, 3 > 2.999, 10 ** 20 == 1e20, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(0.5 < 1 < 1.5, -0.0 == 0, 0.0 == False)

# Rounding toward zero and floor
for v in [2.7, -2.7, 2.5, -2.5, 0.2, -0.2]:
    print(v, int(v), v // 1, round(v), -(-v // 1))

# Arithmetic on negative zero
z = -0.0
print(z, z + 0.0, z * 1, z * -1, -z, abs(z), 0.0 * -1)

# Average, variance and standard deviation
data = [2.5, 3.5, 7.25, 1.0, 9.75, 4.0]
mean = sum(data) / len(data)
var = sum((d - mean) ** 2 for d in data) / len(data)
std = var ** 0.5
print("mean", mean, "var", var, "std", round(std, 6))

# Compound interest
balance = 1000.0
for year in range(1, 6):
    balance *= 1.05
    print(year, round(balance, 2))

# Newton's method for square roots
def sqrt(n):
    guess = n / 2.0
    for i in range(30):
        guess = (guess + n / guess) / 2
    return guess
for n in [2, 9, 10, 1e6, 0.25]:
    print(n, sqrt(n), sqrt(n) ** 2)

# Celsius to Fahrenheit table
for c in range(-10, 41, 10):
    f = c * 9 / 5 + 32
    print(c, f)

# Floats as dict keys and in sets
d = {1.0: "one", 2.5: "two and a half"}
print(d[1], d.get(2.5), 1 in d, 1.5 in d)
print(max(1, 2.5, 2), min(-1, -1.5), sum([0.5, 0.25, 0.125]))
print(abs(-2.5), float(7), int(7.9), 7.9 // 1, -7.9 // 1)
print(1e308 + 1e308, -(1e308 + 1e308), 1e-320 / 1e10)
print(3.0.is_integer(), 3.5.is_integer(), float(7) == 7, int(7.0) is not None)
