# printf-style formatting with the % operator.
x = 3.14159
print('%5.2f' % x)
print('%.3f|%8.1f|%-8.1f|%08.2f|%+.2f' % (x, x, x, x, x))
print('%s and %r' % ('text', 'text'))
print('%s %s %s' % (1, [2], (3,)))
print('%(name)s is %(age)d years' % {'name': 'Kim', 'age': 30})
print('%d %i %5d %-5d| %05d %+d' % (42, 42, 42, 42, 42, 42))
print('%x %X %#x %o %#o %08x' % (255, 255, 255, 8, 8, 48879))
print('%e %.2e %E %g %g %g %G' % (12345.678, 0.000123, 1.5, 0.00001, 123456789.0, 100.0, 1e-10))
print('%c%c%c %c' % (72, 105, 33, 'Z'))
print('%%d is literal: %d%%' % 50)
print('%s' % 'single', '%s' % ('tuple of one',), '%s' % [1, 2])
print('%r %r %a' % ('é', b'b', 'é'))
print('%10s|%-10s|%.3s' % ('right', 'left', 'truncated'))
print('%*d|%-*d|%.*f' % (6, 42, 6, 42, 2, x))
print('%d' % 3.99, '%s' % 3.0, '%i' % True, '%.0f %.0f' % (0.5, 1.5))
print('%s' % None, '%s %s' % (True, False), '%d' % 2 ** 70, '%x' % -255)
print('%5s|%-5s|' % ('toolongvalue', 'ab'), '%3d|%-3d|' % (12345, 1))

# Building a report
rows = [('alpha', 1, 0.5), ('beta', 22, 12.25), ('gamma', 333, 100.0)]
print('%-8s %5s %8s' % ('name', 'count', 'ratio'))
for name, count, ratio in rows:
    print('%-8s %5d %8.2f' % (name, count, ratio))
total = sum(r[1] for r in rows)
print('%-8s %5d %8s' % ('total', total, '-'))

# Named fields with a shared dict
info = {'user': 'root', 'uid': 0, 'home': '/root', 'ratio': 0.75}
print('%(user)s:%(uid)d:%(home)s (%(ratio).1f)' % info)
print('%(user)r %(user)10s|%(uid)05d' % info)

# Percent formatting on ints and floats of varying size
for v in [0, 7, -7, 1234567, 2 ** 40]:
    print('%12d|%-12d|%x|%o|%e' % (v, v, v, v, v))
for f in [0.0, 0.1, -2.5, 1e10, 1e-10, 123.456]:
    print('%f|%.1f|%10.3e|%g|%s|%r' % (f, f, f, f, f, f))
