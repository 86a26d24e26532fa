# complex numbers: literals, repr, arithmetic, mixed int/float operands, errors, construction, parsing, format.
print(1j, 2.5j, 1e16j, 0j, -1j, 1 + 2j, 1 - 2j, -0.0 - 1j, 1.5 + 0j, complex(0, -0.0))
print(repr(complex(1e-5, 1e22)), str(3 - 4j), [1j, 2 + 3j], (1j,), {'z': -2j})
inf = float('inf')
nan = float('nan')
print(complex(0, inf), complex(nan, nan), complex(-inf, 1), complex(1, nan), complex(-0.0, 0))

# arithmetic
a = 1 + 2j
b = 3 - 4j
print(a + b, a - b, a * b, a / b, -a, +a, abs(b), abs(3j), a.conjugate())
print(a + 1, 1 + a, a - 1.5, 2 - a, a * 2, 0.5 * a, a / 2, 2 / a, a + True, 1j * 1j)
print(a ** 2, a ** -2, a ** 0, a ** 0.5, a ** (1 + 1j), 2 ** 1j, 1j ** 1j, (1 + 1j) ** 100, (1 + 1j) ** 101)
print((-8) ** (1 / 3), pow(-8, 1 / 3), (-1) ** 0.5, (-2.0) ** 1.5, (-8) ** -0.5, 8 ** (1 / 3), (-0.0) ** 0.5)
print(0j ** 0, 0j ** 0j, 0j ** 2, complex(inf, 1) * 2, (1e308 + 1e308j) * 2, abs(complex(inf, nan)))
z = 0j
for k in range(1, 6):
    z = z * z + complex(0.25, k / 10)
print(z, z.real, z.imag, type(z.real))
acc = 1
acc *= 1j
acc += 2
acc -= 0.5j
acc /= 2
print(acc, sum([1j, 2, 3.5]), sum([1 + 1j] * 4, 1j))

# comparisons and hashing
print(1 + 0j == 1, 1 + 0j == 1.0, 1j != 1, (1 + 0j) == True, 1j == 1j, complex(nan, 0) == complex(nan, 0))
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(1 + 2j), hash(1.5 + 2.5j), hash(-1j), hash(complex(-1, 0)))
print(hash(complex(2 ** 61, 3)), hash(complex(1e300, -1e300)), hash(complex(inf, 0)))
d = {1: 'one', 2.5: 'two and a half', 3j: 'three j'}
print(d[1 + 0j], d[complex(2.5, 0)], d[complex(0, 3)], len({1, 1.0, 1 + 0j, True}))
print(bool(0j), bool(1j), bool(complex(0, -0.0)), not 0j, isinstance(1j, complex), type(1j), type(1j).__name__)

# construction and parsing
print(complex(), complex(1, 2), complex(1.5), complex(True), complex(2 ** 60), complex(1j, 1j), complex(1j, 2))
print(complex(real=1, imag=2), complex(imag=3), complex(1j), complex(-0.0), complex(2, -0.0))
for s in ['1+2j', ' ( 1-2J ) ', 'j', '-j', '+J', '1+j', '2-j', 'infj', '-nan+infj', '1_000+2_0j', '1e5', '.5j',
          '1.e3-2.5E-3j', '-INFINITYj', '(3)', '\t7j\n']:
    print(repr(s), complex(s))
print((1 + 2j).real, (1 + 2j).imag, (5).conjugate(), (2.5).imag, (1j).__complex__())

# format
print(format(1 + 2j), format(1 + 2j, '.2f'), format(1 + 2j, '>20'), format(1.5 + 2j, 'e'), format(0j, ''))
print(format(-0j, '.3g'), format(1j, '10'), format(3j, '+'), format(1 + 2j, '.3'), format(12345.6 + 1j, ','))
print(format(12345.6 + 1j, ',.2f'), format(1 + 2j, '^20.1f'), format(1j, '#g'), format(complex(1, nan), 'F'))
print(f'{1 + 2j:*<15}|{-1.25 - 2j:G}|{2j:+.1e}|{1e20 + 1j}|{complex(1, -inf):.3f}', '%s %r' % (1j, 2 - 1j))


def check(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


check('1j // 1', lambda: 1j // 1)
check('1 // 1j', lambda: 1 // 1j)
check('1j % 2', lambda: 1j % 2)
check('divmod', lambda: divmod(1j, 1))
check('1j < 1j', lambda: 1j < 1j)
check('1j >= 1', lambda: 1j >= 1)
check('1j / 0', lambda: 1j / 0)
check('1 / 0j', lambda: 1 / 0j)
check('0j ** -1', lambda: 0j ** -1)
check('0j ** 1j', lambda: 0j ** 1j)
check('big ** 2', lambda: (1e200j) ** 2)
check('(-1e300) ** 1.5', lambda: (-1e300) ** 1.5)
check('pow mod', lambda: pow(1j, 2, 3))
check('~1j', lambda: ~1j)
check('1j & 1', lambda: 1j & 1)
check('float(1j)', lambda: float(1j))
check('int(1j)', lambda: int(1j))
check('round(1j)', lambda: round(1j))
check('max', lambda: max(1j, 2j))
check("complex('1+2j', 1)", lambda: complex('1+2j', 1))
check("complex(1, '2')", lambda: complex(1, '2'))
check('complex([])', lambda: complex([]))
check('complex(1, [])', lambda: complex(1, []))
check('complex(None)', lambda: complex(None))
check("complex('1 + 2j')", lambda: complex('1 + 2j'))
check("complex('')", lambda: complex(''))
check("complex('1e')", lambda: complex('1e'))
check("complex('1__0j')", lambda: complex('1__0j'))
check('complex(2 ** 2000)', lambda: complex(2 ** 2000))
check('complex(1, 2, 3)', lambda: complex(1, 2, 3))
check('complex(x=1)', lambda: complex(x=1))
check("format(1j, '010')", lambda: format(1j, '010'))
check("format(1j, '=10')", lambda: format(1j, '=10'))
check("format(1j, 'd')", lambda: format(1j, 'd'))
check("'%f' % 1j", lambda: '%f' % 1j)
check("1j + 'a'", lambda: 1j + 'a')
check('[1] * 1j', lambda: [1] * 1j)
check('abs(huge)', lambda: abs(complex(1e308, 1e308)))
