# Arbitrary-precision integers.
print(2 ** 100)
print(2 ** 64, 2 ** 64 - 1, -(2 ** 63))
print(10 ** 30 + 1)
print(-(10 ** 30) - 1)

def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

for n in [0, 1, 5, 20, 21, 25, 30, 50]:
    print(n, factorial(n))

f100 = factorial(100)
print(len(str(f100)))
print(f100 % 1000003)
print(f100 // factorial(98))

# Fibonacci numbers grow past 64 bits
a, b = 0, 1
for i in range(150):
    a, b = b, a + b
print("fib(150) =", a)

# Mixed big/small operations
big = 123456789012345678901234567890
print(big + 1, big - big, big * 0)
print(big // 7, big % 7, divmod(big, 10 ** 10))
print(-big // 7, -big % 7)
print(big // -7, big % -7)
print(big * big)
print(big ** 3)
print(big > 10 ** 29, big < 10 ** 29, big == 123456789012345678901234567890)
print(-big, abs(-big))
print(big / 10 ** 20)
print(2 ** 200 / 2 ** 199)

# Bit operations on big ints
x = 2 ** 100 + 12345
print(x >> 90, x & 0xFFFF, x | 1, x ^ (2 ** 100))
print(1 << 100, (1 << 100) >> 99)
print(-(2 ** 100) >> 3, ~(2 ** 80))
print((2 ** 70 - 1) & -(2 ** 10))

# Big powers with modulus
print(pow(3, 1000, 10 ** 9 + 7))
print(pow(2, 10 ** 18, 1000000007))
print(pow(123456789, 987654321, 2 ** 61 - 1))

# Sum of digits of 2**1000
s = 0
for ch in str(2 ** 1000):
    s += int(ch)
print("digit sum of 2**1000:", s)

# Big values shrinking back to small ones
y = 2 ** 80
y = y - 2 ** 80 + 5
print(y, type(y), y * 3)
print((10 ** 25) // (10 ** 24))
print(int(str(2 ** 90)) == 2 ** 90)
print(hex(2 ** 100), oct(2 ** 65), bin(2 ** 70))
print(2 ** 64 == 18446744073709551616, 2 ** 63 - 1 == 9223372036854775807)
print(max(2 ** 70, 3 ** 40, 5 ** 30))
print(sorted([2 ** 70, -(3 ** 45), 7, 5 ** 30, -1]))

# Collatz step counts with large starting values
def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps
print(collatz_steps(27), collatz_steps(2 ** 100 + 1))
