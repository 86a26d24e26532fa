from fractions import Fraction as F
import copy
import math

print(F(), F(3), F(6, 4), F(-6, 4), F(6, -4), F(F(1, 3), F(2, 5)), F(0, -5))
for s in ['3/4', ' -2/6 ', '1.5', '-.25', '1e3', '1.25E-2', '+7', '1_000/3_0', '3.1_4', '0.0']:
    print(repr(s), F(s))
for bad in ['', '1/', '/2', '1.2/3', 'x', '1e', '1__0', '_1', '1._5', '. 5', '1/-2']:
    try:
        F(bad)
    except ValueError as e:
        print('ValueError:', e)
for args in [(1, 0), (F(1), F(0))]:
    try:
        F(*args)
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
for args in [(1.5, 2), ([],), (1, 'x')]:
    try:
        F(*args)
    except TypeError as e:
        print('TypeError:', e)
print(F(0.1), F(-2.5), F.from_float(0.3), F.from_float(5), F(1.0 / 3))
try:
    F(float('nan'))
except ValueError as e:
    print('ValueError:', e)
try:
    F(float('inf'))
except OverflowError as e:
    print('OverflowError:', e)
try:
    F.from_float('1')
except TypeError as e:
    print('TypeError:', e)

a, b = F(1, 3), F(3, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(b, a), -a, +a, abs(F(-2, 7)))
print(a + 1, 1 + a, a - 1, 2 - a, a * 3, 3 * a, a / 2, 2 / a, 7 // a, 7 % b, divmod(7, b))
print(a + 0.5, 0.5 + a, a * 1.5, a / 0.5, 1.0 // b, b % 0.5, a + 1j, 2j * a)
print(a ** 2, a ** -2, F(-2, 3) ** -3, F(4) ** F(1, 2), 2 ** F(3), 2 ** F(1, 2), F(9, 4) ** 0.5, 4 ** F(-1))
try:
    F(0) ** -1
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    a / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print(a == F(2, 6), a == 1, F(2) == 2, F(1, 2) == 0.5, F(1, 3) == 1 / 3, F(1, 2) == 0.5 + 0j, a != b)
print(a < b, a <= b, a > 0.3, b >= 1, F(1) < float('inf'), F(1) > float('nan'), sorted([b, a, F(-1), 0.5, 2]))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-1)), hash(F(1, 3)), hash(F(-7, 9)), hash(F(1, 2 ** 61 - 1)))
print(len({F(1, 2), 0.5, F(2, 4)}))
x = F(-7, 2)
print(int(x), math.trunc(x), math.floor(x), math.ceil(x), round(x), round(F(5, 2)), round(F(7, 2)), float(x), bool(F(0)))
print(round(F(12345, 100), 1), round(F(12345, 100), -1), round(F(-1, 3), 3), complex(F(1, 4)))
print(x.numerator, x.denominator, x.as_integer_ratio(), x.real, x.imag, x.conjugate())
print(F(3.141592653589793).limit_denominator(1000), F(3.141592653589793).limit_denominator(100),
      F(1, 3).limit_denominator(10), F(-8, 7).limit_denominator(3), F(0.1).limit_denominator())
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print('ValueError:', e)
print(repr(F(5, 3)), str(F(5, 3)), str(F(4)), f'{F(1, 8)}', '%s' % F(1, 8), [F(1, 2)])
print(copy.copy(a) is a, copy.deepcopy(a) == a, a.__reduce__())
print(sum([F(1, n) for n in range(1, 11)]), math.fsum([0.1] * 3), sum(F(1, 10) for _ in range(3)))

class Money(F):
    def __repr__(self):
        return 'Money(%s)' % self
m = Money(5, 2)
print(m, repr(m), type(m + 1).__name__, isinstance(m, F), copy.copy(m) is m, type(copy.copy(m)).__name__)
