# str.format with positional, keyword and index fields.
print('{} {} {}'.format('a', 'b', 'c'))
print('{0} {1} {0}'.format('x', 'y'))
print('{2}{1}{0}'.format('a', 'b', 'c'))
print('{name} is {age}'.format(name='Bo', age=7))
print('{0} and {name}'.format('first', name='kw'))
print('{0[0]} {0[1]} {1[k]}'.format(['l0', 'l1'], {'k': 'dv'}))
print('{p[1]} {q[name]}'.format(p=(10, 20), q={'name': 'n'}))
print('{:>8}|{:<8}|{:^8}'.format('r', 'l', 'c'))
print('{:08.3f} {:,} {:x} {:#b} {:e} {:.1%}'.format(3.14159, 1234567, 255, 5, 12345.678, 0.256))
print('{0:>5} {0:<5}| {1:*^9}'.format(42, 'mid'))
print('{:{}}|{:>{w}}'.format('a', 4, 'b', w=6))
print('{{}} {{{}}} {{0}}'.format('in braces'))
print('{!r} {!s} {!a}'.format('é', 'é', 'é'))
print('{0!r:>10}|{0:>10}'.format('q'))
print('{} {}'.format(1.5, [1, 2]), '{}'.format(None), '{}'.format((1,)))
print(''.format(), 'no fields'.format(1, 2), '{0}{0}{0}'.format('ab'))
print('{:d} {:5d} {:<5d}| {:+d} {: d}'.format(7, 7, 7, 7, 7))
print('{:.3} {:.0f} {:g} {:G}'.format('truncate', 2.5, 0.00001, 1e20))

# Templates reused with different data
template = '{name:<10}{score:>6.1f}{grade:>4}'
students = [('Ann', 93.456, 'A'), ('Benjamin', 78.0, 'C'), ('Cy', 85.55, 'B')]
print(template.format(name='NAME', score=0, grade='G').replace('   0.0', 'SCORE '))
for n, sc, g in students:
    print(template.format(name=n, score=sc, grade=g))

# Format strings stored in a dict
formats = {'short': '{0}', 'long': '{0} ({1})', 'full': '{0} ({1}) <{2}>'}
for key in formats:
    print(key, '->', formats[key].format('Ada', 36, 'ada@example.org'))

# Using ** to unpack a dict
person = {'first': 'Grace', 'last': 'Hopper', 'year': 1906}
print('{first} {last} was born in {year}'.format(**person))
print('{last}, {first}'.format(**person))
coords = (3, -4)
print('x={0} y={1}'.format(*coords), 'x={} y={}'.format(*coords))

# Alignment with numbers
for value in [1, 22, 333, 4444]:
    print('|{:>6}|{:<6}|{:^6}|{:06}|'.format(value, value, value, value))
print('{:,.2f} {:_.1f} {:>12,}'.format(1234567.891, 9876543.21, -1000000))
