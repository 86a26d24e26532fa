# Integer-valued functions of math: rounding to int, factorial and friends, exact sums and products.
import math

for x in [2.5, -2.5, 2.0, -0.5, 1e20, -1e20, 7, -7, True, 2 ** 70, 0.9999999999999999, 4503599627370495.5]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)

print([math.factorial(n) for n in range(12)])
print(math.factorial(50))
print(len(str(math.factorial(1000))), math.factorial(1000) % (10 ** 9 + 7))
print(math.comb(10, 3), math.comb(10, 0), math.comb(10, 10), math.comb(5, 7), math.comb(100, 50))
print(math.comb(10 ** 20, 3), math.comb(60, 30), math.comb(True, True))
print(math.perm(10, 3), math.perm(5), math.perm(5, 0), math.perm(3, 5), math.perm(20, 20) == math.factorial(20))
print(math.gcd(), math.gcd(0), math.gcd(-12), math.gcd(12, 18), math.gcd(12, -18, 27), math.gcd(2 ** 100, 6 ** 50))
print(math.lcm(), math.lcm(0), math.lcm(4, 6), math.lcm(-4, 6, 10), math.lcm(2, 0, 3), math.lcm(2 ** 64, 3 ** 40))
print([math.isqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100]], math.isqrt(10 ** 50), math.isqrt(2 ** 127 - 1))

print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1, 2, 3]), math.fsum([]), math.fsum(x / 7 for x in range(100)), math.fsum([0.5, 2 ** -54, 2 ** -54]))
print(math.fsum([1e308, 1e308, -1e308]) if False else math.fsum([1.7e308, -1.7e308, 1.0]))
print(math.fsum([math.inf, 1.0]), math.fsum([math.nan, 1.0]), math.fsum([-math.inf, -1e308]), math.fsum([2 ** 53, 1, 1]))

print(math.prod([]), math.prod([2, 3, 4]), math.prod(range(1, 21)), math.prod([1.5, 2, 4]), math.prod([2, 3], start=10))
print(math.prod(['ab', 3]), math.prod([[1], 2]), math.prod([True, True]), math.prod(x for x in [2 ** 40] * 3))

for name, args in [('factorial', (-1,)), ('factorial', (1.5,)), ('factorial', (5.0,)), ('factorial', ('5',)),
                   ('comb', (-1, 2)), ('comb', (5, -2)), ('comb', (5.0, 2)), ('perm', (-3,)), ('perm', (3, -1)),
                   ('isqrt', (-4,)), ('isqrt', (4.0,)), ('gcd', (1.5, 2)), ('lcm', ('a',)), ('floor', ('x',)),
                   ('ceil', (None,)), ('trunc', ('1',)), ('floor', (math.nan,)), ('ceil', (-math.inf,)),
                   ('fsum', ([1, 'a'],)), ('fsum', ([math.inf, -math.inf],)), ('fsum', ([1e308, 1e308],)),
                   ('prod', (['a', 'b'],)), ('prod', (5,)), ('fsum', (3,))]:
    try:
        print(name, args, getattr(math, name)(*args))
    except Exception as e:
        print(name, args, type(e).__name__, e)
