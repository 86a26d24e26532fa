# Bitwise operators and shifts, including negative numbers.
a = 0b1100
b = 0b1010
print(a & b, a | b, a ^ b, ~a)
print(bin(a & b), bin(a | b), bin(a ^ b), bin(~a))
print(1 << 0, 1 << 1, 1 << 10, 1 << 62, 1 << 63, 1 << 64)
print(1024 >> 3, 1024 >> 11, 1024 >> 100)

# Negative numbers behave like infinite two's complement
print(-1 & 0xFF, -1 | 0, -1 ^ 0, ~-1, ~0)
print(-8 >> 1, -8 >> 2, -8 >> 3, -8 >> 4, -8 >> 100)
print(-1 >> 5, -7 >> 1, -9 >> 2)
print(-3 << 2, -1 << 64, -5 << 0)
print(-12 & 10, -12 | 10, -12 ^ 10)
print(-12 & -10, -12 | -10, -12 ^ -10)
print(12 & -10, 12 | -10, 12 ^ -10)
print(~5, ~-5, ~~5)
print(bin(-5), hex(-255), oct(-8))

# Shifting as multiplication and division
for n in [5, -5, 100, -100]:
    print(n, n << 3, n * 8, n >> 2, n // 4)

# Bits in a number
def popcount(n):
    count = 0
    while n:
        count += n & 1
        n >>= 1
    return count
for n in [0, 1, 255, 256, 2 ** 40 - 1, 123456789]:
    print(n, popcount(n), bin(n).count('1'), n.bit_length())

# Set / clear / toggle / test bits
flags = 0
flags |= 1 << 3
flags |= 1 << 0
print(flags, bin(flags))
flags &= ~(1 << 3)
print(flags, bin(flags))
flags ^= 0b110
print(flags, bin(flags))
for bit in range(4):
    print(bit, (flags >> bit) & 1, bool(flags & (1 << bit)))

# Augmented bit operations
x = 0xF0
x &= 0x3C
print(x)
x |= 0x01
print(x)
x ^= 0xFF
print(x)
x <<= 4
print(x)
x >>= 2
print(x)

# Gray code
print([i ^ (i >> 1) for i in range(16)])

# Lowest set bit and power-of-two checks
for n in [1, 6, 12, 64, 96, 100]:
    print(n, n & -n, n & (n - 1) == 0)

# Booleans in bit expressions
print(True & False, True | False, True ^ True, ~True, True << 4)
print(type(True & False), type(True & 1))

# Bit reversal of an 8-bit value
def reverse8(v):
    r = 0
    for i in range(8):
        r = (r << 1) | ((v >> i) & 1)
    return r
print([reverse8(v) for v in [1, 2, 3, 128, 0b10110000]])
