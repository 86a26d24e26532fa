# A rational-number class exercising the numeric conversion protocols:
# __int__, __float__, __index__, __round__, __divmod__, __hash__ consistent with int, ...

def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Fraction:
    __slots__ = ('num', 'den')

    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError(f'Fraction({num}, 0)')
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num, self.den = num // g, den // g

    @classmethod
    def _of(cls, x):
        if isinstance(x, Fraction):
            return x
        if isinstance(x, int):
            return cls(x)
        return None

    def __repr__(self):
        return f'Fraction({self.num}, {self.den})'

    def __str__(self):
        return str(self.num) if self.den == 1 else f'{self.num}/{self.den}'

    def __add__(self, other):
        o = self._of(other)
        if o is None:
            return float(self) + other if isinstance(other, float) else NotImplemented
        return Fraction(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __sub__(self, other):
        o = self._of(other)
        return NotImplemented if o is None else Fraction(self.num * o.den - o.num * self.den, self.den * o.den)

    def __rsub__(self, other):
        o = self._of(other)
        return NotImplemented if o is None else o - self

    def __mul__(self, other):
        o = self._of(other)
        return NotImplemented if o is None else Fraction(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, other):
        o = self._of(other)
        return NotImplemented if o is None else Fraction(self.num * o.den, self.den * o.num)

    def __rtruediv__(self, other):
        o = self._of(other)
        return NotImplemented if o is None else o / self

    def __floordiv__(self, other):
        return (self.num * Fraction._of(other).den) // (self.den * Fraction._of(other).num)

    def __mod__(self, other):
        return self - (self // other) * other

    def __divmod__(self, other):
        return self // other, self % other

    def __pow__(self, n):
        if n >= 0:
            return Fraction(self.num ** n, self.den ** n)
        return Fraction(self.den ** -n, self.num ** -n)

    def __neg__(self):
        return Fraction(-self.num, self.den)

    def __abs__(self):
        return Fraction(abs(self.num), self.den)

    def __int__(self):
        # truncate towards zero, like int(float)
        return self.num // self.den if self.num >= 0 else -(-self.num // self.den)

    def __float__(self):
        return self.num / self.den

    def __round__(self, ndigits=None):
        if ndigits is None:
            return round(self.num / self.den)
        return round(self.num / self.den, ndigits)

    def __bool__(self):
        return self.num != 0

    def __eq__(self, other):
        o = self._of(other)
        if o is None:
            return float(self) == other if isinstance(other, float) else NotImplemented
        return (self.num, self.den) == (o.num, o.den)

    def __lt__(self, other):
        o = self._of(other)
        return NotImplemented if o is None else self.num * o.den < o.num * self.den

    def __gt__(self, other):
        o = self._of(other)
        return NotImplemented if o is None else self.num * o.den > o.num * self.den

    def __hash__(self):
        # equal to hash(int) for whole numbers, so Fraction(2) and 2 are the same dict key
        return hash(self.num) if self.den == 1 else hash((self.num, self.den))


half, third = Fraction(1, 2), Fraction(1, 3)
print(half + third, half - third, half * third, half / third, -half, abs(Fraction(-3, 4)))
print(1 + half, half + 1, 2 - half, 3 * third, 1 / third, half ** 3, third ** -2, half + 0.25)
print(Fraction(7, 2) // 1, Fraction(7, 2) % 1, divmod(Fraction(7, 2), Fraction(1, 3)))
print(Fraction(6, -4), Fraction(0, 5), repr(Fraction(10, 5)), str(Fraction(10, 5)))
print(int(Fraction(7, 2)), int(Fraction(-7, 2)), float(third), round(Fraction(5, 2)), round(Fraction(7, 2)))
print(round(Fraction(2, 3), 3), bool(Fraction(0)), bool(half))
print(half == Fraction(2, 4), half == 0.5, Fraction(3) == 3, 3 == Fraction(3), half != third)
print(sorted([half, third, Fraction(-1), Fraction(5, 4)]), max(half, third), half < 1, 0 < third)
print({Fraction(2): 'two', 2: 'int two'}, Fraction(4, 2) in {2, 3}, len({half, Fraction(2, 4)}))
print(sum([half, third, Fraction(1, 6)]), sum(Fraction(1, n * (n + 1)) for n in range(1, 10)))
print(f'{float(half):.3f}', '%.2f' % third, f'{half!s:>6}|{half!r}')
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    half + 'x'
except TypeError as e:
    print('TypeError:', e)


class Port:
    """__index__ lets an object be used wherever an int index is needed."""

    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


p = Port(3)
items = ['a', 'b', 'c', 'd', 'e']
print(items[p], items[:p], items[Port(1):Port(4)], list(range(p)), hex(p), bin(Port(5)), oct(p))
print('xyz' * Port(2), [0] * p, items.pop(Port(0)), items)
print(int(p), float(Port(2)), complex(Port(1)))
try:
    items[Fraction(1)]
except TypeError as e:
    print('TypeError:', e)
try:
    range(half)
except TypeError as e:
    print('TypeError:', e)
print(int(half), int(Fraction(9, 2)), float(Port(7)) / 2)
