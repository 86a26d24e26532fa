# Floor division and modulo follow the sign of the divisor.
print(-7 // 2, -7 % 2)
print(7 // -2, 7 % -2)
print(-7 // -2, -7 % -2)
print(7 // 2, 7 % 2)
print(divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(7, 2))
print(divmod(0, 5), divmod(5, 5), divmod(-5, 5))

# Check the identity a == (a // b) * b + a % b on a grid
bad = 0
count = 0
for a in range(-12, 13):
    for b in [-5, -3, -1, 1, 2, 4, 7]:
        q, r = divmod(a, b)
        if q * b + r != a:
            bad += 1
        if b > 0 and not (0 <= r < b):
            bad += 1
        if b < 0 and not (b < r <= 0):
            bad += 1
        count += 1
print("checked", count, "bad", bad)

# A table of results
for a in [-10, -3, 0, 3, 10]:
    row = []
    for b in [-4, -3, 3, 4]:
        row.append(str(a // b) + "r" + str(a % b))
    print(a, " ".join(row))

# Float floor division and modulo
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(7 // 2.0, -7 // 2.0, 7 % -2.0, -7 % 2.0)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(5.0 % 0.5 == 0.0, -0.0 % 5, 0.0 % -5)

# pow with modulus
print(pow(2, 10, 1000), pow(3, 4, 5), pow(7, 0, 13), pow(-2, 3, 5))
print(pow(10, 20, 7), pow(5, 3, -7), pow(-5, 3, 7))
print(pow(2, -1, 7), pow(3, -2, 11))

# Modular exponentiation by squaring matches builtin pow
def modpow(base, exp, mod):
    result = 1
    base %= mod
    while exp > 0:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result
for base, exp, mod in [(2, 100, 97), (12345, 6789, 1000), (7, 2 ** 20, 1000003)]:
    print(base, exp, mod, modpow(base, exp, mod), pow(base, exp, mod))

# Clock arithmetic with negative offsets
hour = 3
for delta in [-5, -27, 10, 48, -3]:
    print("3 +", delta, "->", (hour + delta) % 12, "o'clock")

# Python's modulo is handy for wrap-around indexing
items = ["a", "b", "c", "d"]
print([items[i % len(items)] for i in range(-6, 6)])

# Splitting seconds into h:m:s with divmod
for secs in [0, 59, 3600, 3661, 86399, 100000]:
    m, s = divmod(secs, 60)
    h, m = divmod(m, 60)
    print(secs, "=", h, "h", m, "m", s, "s")
