# Numeric builtins: sum min max abs round divmod pow.
nums = [3, -7, 12, 0, 5]
print(sum(nums), sum(nums, 100), sum([]), sum([0.1] * 10), sum([[1], [2]], []))
print(sum(range(10 ** 4)), sum([2 ** 64, 2 ** 64]), sum((1.5, 2)), sum([True, True]))
print(min(nums), max(nums), min(3, 1, 2), max('b', 'a', 'c'), min('hello'), max([1, 2], [1, 3]))
print(min(nums, key=abs), max(nums, key=abs), max(['aa', 'b', 'cccc'], key=len))
print(min([], default='empty'), max([], default=None), max([4], default=0), min((), default=-1))
print(max([2, 3, 3, 1], key=lambda v: v % 3), min(['bb', 'aa', 'cc'], key=len))
print(max(1, 2.5), min(-1, -1.0), max(-0.0, 0.0), min(0.0, -0.0))
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-2 ** 100), abs(True), abs(-0.0))
print(round(3.7), round(-3.7), round(2.5), round(3.14159, 2), round(1234, -2), round(-2.5))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(2 ** 65, 3))
print(pow(2, 8), pow(2, -2), pow(2.0, 3), pow(-8, 1 / 3) == pow(-8, 1 / 3), pow(3, 4, 5), pow(0, 0))
print(pow(10, 30), pow(2, 0.5), 2 ** 0.5 == pow(2, 0.5))

# Statistics helpers
def mean(xs):
    return sum(xs) / len(xs)
def median(xs):
    s = sorted(xs)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2
def mode(xs):
    counts = {}
    for x in xs:
        counts[x] = counts.get(x, 0) + 1
    return max(counts, key=counts.get)
samples = [4, 8, 15, 16, 23, 42, 8, 4, 8]
print(mean(samples), median(samples), median(samples[:-1]), mode(samples))
print(max(samples) - min(samples), sorted(samples)[len(samples) // 2])

# Clamping and ranges
def clamp(v, lo, hi):
    return max(lo, min(v, hi))
print([clamp(v, 0, 10) for v in [-5, 0, 5, 10, 15]])

# Distance computations
points = [(0, 0), (3, 4), (-6, 8), (1, 1)]
dists = [abs(x) + abs(y) for x, y in points]
print(dists, max(points, key=lambda p: p[0] ** 2 + p[1] ** 2))
print(min(points, key=lambda p: abs(p[0] - 2) + abs(p[1] - 2)))

# Rounding money
amounts = [10.005, 2.675, 1.115, 0.125, 5.5, 6.5]
print([round(a, 2) for a in amounts], [round(a) for a in amounts])

# divmod-based base conversion
def to_base(n, base):
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    if n == 0:
        return '0'
    out = ''
    while n:
        n, r = divmod(n, base)
        out = digits[r] + out
    return out
print(to_base(255, 2), to_base(255, 16), to_base(2 ** 64, 36), to_base(0, 7))
print(int(to_base(123456789, 36), 36))
print(sum(x * x for x in range(1, 11)), sum(range(1, 11)) ** 2)
