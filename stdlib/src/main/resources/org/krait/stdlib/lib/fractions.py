"""Rational numbers of unlimited precision: Fraction(numerator, denominator), always in lowest terms."""

import math
import operator
import re

__all__ = ['Fraction']

# CPython's hash of numbers: reduction modulo a Mersenne prime, so equal ints, floats and fractions hash alike
_HASH_MODULUS = 2 ** 61 - 1
_HASH_INF = 314159

_LITERAL = re.compile(r"""
    \A\s*
    (?P<sign>[-+]?)
    (?=\d|\.\d)                              # at least one digit
    (?P<num>(?:\d+(?:_\d+)*)?)
    (?:
        /(?P<denom>\d+(?:_\d+)*)             # a ratio ...
    |
        (?:\.(?P<decimal>(?:\d+(?:_\d+)*)?))?  # ... or a decimal with an optional exponent
        (?:E(?P<exp>[-+]?\d+(?:_\d+)*))?
    )
    \s*\Z
""", re.VERBOSE | re.IGNORECASE)


def _is_rational(x):
    return isinstance(x, (int, Fraction))


class Fraction:
    """A rational number. Fraction(7, -21) == Fraction(-1, 3); Fraction('3/4'), Fraction('1.5e-2'),
    Fraction(0.25) and Fraction(other_fraction) are accepted too."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if _is_rational(numerator):
                n, d = numerator.numerator, numerator.denominator
            elif isinstance(numerator, float):
                # as_integer_ratio is already in lowest terms
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            elif isinstance(numerator, str):
                n, d = _parse(numerator)
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(numerator) is int is type(denominator):
            n, d = numerator, denominator
        elif _is_rational(numerator) and _is_rational(denominator):
            n = numerator.numerator * denominator.denominator
            d = denominator.numerator * numerator.denominator
        else:
            raise TypeError('both arguments should be Rational instances')
        if d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        g = math.gcd(n, d)
        if d < 0:
            g = -g
        self._numerator = n // g
        self._denominator = d // g
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of the float f."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)' % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a Decimal (ints are accepted too)."""
        if isinstance(dec, int):
            return cls(dec)
        raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)' % (cls.__name__, dec, type(dec).__name__))

    def as_integer_ratio(self):
        """(numerator, denominator), the denominator positive."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The fraction closest to self whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # walk the continued fraction's convergents until the next one's denominator is too large,
        # then pick between the last convergent and the best semiconvergent
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        semi = Fraction(p0 + k * p1, q0 + k * q1)
        convergent = Fraction(p1, q1)
        return convergent if abs(convergent - self) <= abs(semi - self) else semi

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # ---- arithmetic: exact with ints and fractions, float with floats, complex with complex numbers ----

    def _binary(op, name):
        def forward(a, b):
            if _is_rational(b):
                return op(a, b)
            if isinstance(b, float):
                return _float_op(name)(float(a), b)
            if isinstance(b, complex):
                return _float_op(name)(complex(a), b)
            return NotImplemented

        def reverse(b, a):
            if _is_rational(a):
                return op(Fraction(a), b)
            if isinstance(a, float):
                return _float_op(name)(a, float(b))
            if isinstance(a, complex):
                return _float_op(name)(a, complex(b))
            return NotImplemented

        forward.__name__ = '__' + name + '__'
        reverse.__name__ = '__r' + name + '__'
        return forward, reverse

    def _add(a, b):
        return Fraction(a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator)

    def _sub(a, b):
        return Fraction(a.numerator * b.denominator - b.numerator * a.denominator, a.denominator * b.denominator)

    def _mul(a, b):
        return Fraction(a.numerator * b.numerator, a.denominator * b.denominator)

    def _div(a, b):
        return Fraction(a.numerator * b.denominator, a.denominator * b.numerator)

    def _floordiv(a, b):
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    def _divmod(a, b):
        da, db = a.denominator, b.denominator
        q, r = divmod(a.numerator * db, da * b.numerator)
        return q, Fraction(r, da * db)

    def _mod(a, b):
        da, db = a.denominator, b.denominator
        return Fraction((a.numerator * db) % (b.numerator * da), da * db)

    __add__, __radd__ = _binary(_add, 'add')
    __sub__, __rsub__ = _binary(_sub, 'sub')
    __mul__, __rmul__ = _binary(_mul, 'mul')
    __truediv__, __rtruediv__ = _binary(_div, 'truediv')
    __floordiv__, __rfloordiv__ = _binary(_floordiv, 'floordiv')
    __divmod__, __rdivmod__ = _binary(_divmod, 'divmod')
    __mod__, __rmod__ = _binary(_mod, 'mod')
    del _binary, _add, _sub, _mul, _div, _floordiv, _divmod, _mod

    def __pow__(a, b):
        if _is_rational(b):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction(a._numerator ** power, a._denominator ** power)
                if a._numerator >= 0:
                    return Fraction(a._denominator ** -power, a._numerator ** -power)
                return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power)
            return float(a) ** float(b)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if _is_rational(a):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    __trunc__ = __int__

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """Rounds half to even; to an int without ndigits, else to a Fraction."""
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        return a._numerator / a._denominator

    def __complex__(a):
        return complex(float(a))

    def __bool__(a):
        return a._numerator != 0

    def __hash__(self):
        try:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            # the denominator is a multiple of the modulus: no inverse, as for infinity
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * inverse)
        result = h if self._numerator >= 0 else -h
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if _is_rational(b):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _compare(self, other, op):
        if _is_rational(other):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._compare(b, operator.lt)

    def __gt__(a, b):
        return a._compare(b, operator.gt)

    def __le__(a, b):
        return a._compare(b, operator.le)

    def __ge__(a, b):
        return a._compare(b, operator.ge)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()


def _float_op(name):
    return getattr(operator, name) if name != 'divmod' else divmod


def _parse(text):
    m = _LITERAL.match(text)
    if m is None:
        raise ValueError('Invalid literal for Fraction: %r' % text)
    n = int(m.group('num') or '0')
    denom = m.group('denom')
    if denom:
        d = int(denom)
    else:
        d = 1
        decimal = m.group('decimal')
        if decimal:
            decimal = decimal.replace('_', '')
            scale = 10 ** len(decimal)
            n = n * scale + int(decimal)
            d *= scale
        exp = m.group('exp')
        if exp:
            exp = int(exp)
            if exp >= 0:
                n *= 10 ** exp
            else:
                d *= 10 ** -exp
    if m.group('sign') == '-':
        n = -n
    return n, d
