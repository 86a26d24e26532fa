# Converting strings to integers and back.
print(int('42'), int(' 42 '), int('\t-17\n'), int('+8'))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0xFF', 0))
print(int('777', 8), int('0o777', 0), int('0o17', 8))
print(int('101010', 2), int('0b101010', 0), int('-0b11', 0))
print(int('z', 36), int('10', 36), int('zz', 36))
print(int('1_000_000'), int('0x_ff', 16), int('12', 3))
print(int(3.99), int(-3.99), int(0.5), int(-0.5), int(1e20))
print(int(True), int(), int('0'), int('-0'), int('000123'))
print(int('123456789012345678901234567890') + 1)

# Back to strings in different bases
for n in [0, 1, 7, 255, -255, 4096, 2 ** 40]:
    print(n, hex(n), oct(n), bin(n), str(n))

# Round-tripping
for base in [2, 8, 16]:
    n = 123456
    if base == 2:
        text = bin(n)
    elif base == 8:
        text = oct(n)
    else:
        text = hex(n)
    print(base, text, int(text, 0), int(text[2:], base))

# Parsing a list of numbers from a line
line = "  10 20   -30 +40 0x10  "
values = []
for tok in line.split():
    if tok.startswith("0x"):
        values.append(int(tok, 16))
    else:
        values.append(int(tok))
print(values, sum(values))

# Digit manipulation through strings
n = 2 ** 31
print(str(n), len(str(n)), str(n)[::-1], int(str(n)[::-1]))
print(repr(12345), str(-0), repr(-12))

# Converting numbers with format() and back
for n in [10, 255, 1000]:
    b = format(n, 'b')
    o = format(n, 'o')
    x = format(n, 'x')
    print(n, b, o, x, int(b, 2), int(o, 8), int(x, 16))

# Manual parser: parse a decimal string digit by digit
def parse(s):
    s = s.strip()
    sign = 1
    if s[0] == '-':
        sign = -1
        s = s[1:]
    value = 0
    for ch in s:
        value = value * 10 + (ord(ch) - ord('0'))
    return sign * value
print(parse(" 12345 "), parse("-987"), parse("0"), parse("99999999999999999999"))
print(float('3.5'), float(' -2 '), float('1e3'), float('inf'), float('-inf'))
print(str(int('  -0012  ')), int('٣'))
