# Basic integer arithmetic on small (machine-sized) values.
a = 17
b = 5
print(a + b, a - b, a * b)
print(a / b, a // b, a % b)
print(a ** 2, b ** 3, 2 ** 10)
print(-a, +a, -(-a))
print(a - b * 2, (a - b) * 2)
print(0 * 5, 5 * 0, 0 - 0)

# Integer division by powers and mixing signs
for x in [7, -7]:
    for y in [2, -2, 3, -3]:
        print(x, y, x // y, x % y, divmod(x, y))

# Accumulation loops
total = 0
for i in range(1, 101):
    total += i
print("sum 1..100 =", total)

product = 1
for i in range(1, 11):
    product *= i
print("10! =", product)

squares = 0
i = 0
while i < 10:
    squares += i * i
    i += 1
print("sum of squares < 10:", squares)

# Booleans are ints
print(True + 1, True + True, False * 10, True * 3.5)
print(True == 1, False == 0, 1 == 1.0 == True)
print(int(True), int(False))
print(sum([True, True, False, True]))

# Comparisons and abs
print(abs(-42), abs(42), abs(0))
print(max(3, 9, 1), min(3, 9, 1))
print(3 < 5, 5 <= 5, 6 > 7, 7 >= 8, 4 == 4, 4 != 4)

# Operations near the 32-bit and 64-bit boundaries
print(2147483647 + 1)
print(-2147483648 - 1)
print(9223372036854775807 + 1)
print(-9223372036854775808 - 1)
print(9223372036854775807 * 2)
print(3037000499 * 3037000499)
print(3037000500 * 3037000500)
print(-9223372036854775808 // -1)
print(abs(-9223372036854775808))
print(-(-9223372036854775808))
print(4611686018427387904 * 2)
print(4611686018427387904 + 4611686018427387904)

# Integer powers
print(pow(2, 0), pow(0, 0), pow(-2, 3), pow(-2, 4))
print(10 ** 18, 10 ** 19)
print((-3) ** 3, -3 ** 2)

# Type of results
print(type(a + b), type(a / b), type(a // b), type(a ** 2))
print(type(2 ** -1), 2 ** -1)

# Digit sums and reversals
n = 9876543210
digits = 0
rev = 0
m = n
while m > 0:
    digits += m % 10
    rev = rev * 10 + m % 10
    m //= 10
print("digit sum", digits, "reversed", rev)

# Greatest common divisor by Euclid
def gcd(x, y):
    while y:
        x, y = y, x % y
    return x
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(1071, 462))
