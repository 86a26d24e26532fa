# Values of the math module's float functions at ordinary and awkward arguments.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)

def show(name, xs):
    f = getattr(math, name)
    parts = []
    for x in xs:
        try:
            parts.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            parts.append(type(e).__name__)
    print(name.ljust(6), ' '.join(parts))

grid = [i / 4 for i in range(-12, 13)] + [0.1, 0.7, 1e-8, 37.5, 100.0, 710.0, -745.5, 1e300, math.inf, -math.inf]
for name in ['exp', 'expm1', 'exp2', 'sin', 'cos', 'tan', 'atan', 'sinh', 'cosh', 'tanh', 'asinh',
             'erf', 'erfc', 'cbrt', 'fabs']:
    show(name, grid)

positive = [1e-300, 1e-5, 0.01, 0.5, 1.0, 1.5, 2.0, 3.0, 10.0, 100.0, 1024.0, 12345.678, 1e20, 1e308, math.inf, 0.0, -1.0]
for name in ['log', 'log2', 'log10', 'log1p', 'sqrt', 'acosh', 'gamma', 'lgamma']:
    show(name, positive)

unit = [-1.0, -0.99, -0.75, -0.5, -0.1, 0.0, 1e-10, 0.2, 0.5, 0.9, 1.0, 1.5]
for name in ['asin', 'acos', 'atanh']:
    show(name, unit)

show('gamma', [0.5, 1.5, 2.5, 5.0, 10.0, 23.0, 24.0, 30.5, 171.0, 172.0, -0.5, -1.5, -2.5, -100.5, -1.0])
show('lgamma', [0.5, 2.5, 100.0, 1e10, -0.5, -2.5, -3.0])

print(math.log(100, 10), math.log(2, 0.5), math.log(1e100), math.log(2 ** 1000), math.log(2 ** 2000), math.log(10 ** 500, 10))
print(math.log2(2 ** 1100), math.log10(10 ** 1000), math.log10(3 ** 1000), math.log(7, 3), math.log(True + 1))
for x, y in [(2, 10), (2, 0.5), (2.5, -3), (-2, 3), (-2.0, 2), (10, -1), (1.5, 200), (0.0, 0.0), (1, math.inf),
             (math.nan, 0), (math.inf, -1), (-math.inf, 3), (0.5, math.inf), (2, -math.inf), (-8, 1 / 3 * 3)]:
    try:
        print('pow', x, y, math.pow(x, y))
    except (ValueError, OverflowError) as e:
        print('pow', x, y, type(e).__name__, e)
for y, x in [(1, 1), (1, -1), (-1, -1), (0.0, -0.0), (-0.0, -1), (1e-300, 1e300), (3, 4), (math.inf, math.inf), (5, 0)]:
    print('atan2', y, x, math.atan2(y, x))
for x, y in [(3, 4), (1e200, 1e200), (1e-200, 1e-200), (5, 12), (0, 0)]:
    print('hypot', math.hypot(x, y), math.hypot(x, y, 1), math.hypot(x))
print(math.hypot(), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(*range(10)))
print(math.dist((1, 2, 3), (4, 6, 3)), math.dist([1.5], [-2.5]), math.dist((0, 0), (1e300, 1e300)))

print(math.copysign(1, -0.0), math.copysign(-2.5, 3), math.copysign(math.inf, -1), math.fabs(-7))
print(math.fmod(10, 3), math.fmod(-10, 3), math.fmod(10.5, -3), math.fmod(5, math.inf), math.fmod(-0.0, 1))
print(math.remainder(10, 3), math.remainder(11, 3), math.remainder(-7.5, 2), math.remainder(5, math.inf), math.remainder(4, 2), math.remainder(-4, 2))
print(math.frexp(0.0), math.frexp(1.0), math.frexp(-12.5), math.frexp(5e-324), math.frexp(1e308), math.frexp(math.inf))
print(math.ldexp(1, 1023), math.ldexp(1.5, -1074), math.ldexp(3, -1076), math.ldexp(-0.0, 5), math.ldexp(1.0, -10 ** 30))
print(math.modf(3.75), math.modf(-3.75), math.modf(-0.0), math.modf(math.inf), math.modf(-math.inf), math.modf(2.0))
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0.0, -1), math.nextafter(5, 5), math.nextafter(math.inf, 0))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(-1e300), math.ulp(math.inf), math.ulp(1.7976931348623157e308))
print(math.degrees(1), math.radians(90), math.degrees(math.pi / 3), math.radians(-45))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.1), math.isclose(0, 1e-10),
      math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
print(math.isfinite(0), math.isfinite(math.nan), math.isinf(1e308 * 10), math.isnan(float('nan')), math.isnan(5))
