# __repr__, __str__ and __format__ on a small money / date library.

class Money:
    def __init__(self, amount, currency='EUR'):
        self.amount = amount
        self.currency = currency

    def __repr__(self):
        return f'Money({self.amount!r}, {self.currency!r})'

    def __str__(self):
        return f'{self.amount:.2f} {self.currency}'

    def __format__(self, spec):
        if spec == '':
            return str(self)
        if spec == 'short':
            return f'{self.amount:g}{self.currency[0]}'
        # anything else is a numeric format for the amount
        return f'{format(self.amount, spec)} {self.currency}'


m = Money(1234.5)
print(m)
print(repr(m))
print(str(m), '|', f'{m}', '|', f'{m!r}', '|', f'{m!s}')
print(f'{m:short}', f'{m:,.1f}', f'{m:>12.3f}', format(m, '08.2f'))
print('{} / {!r} / {:.0f}'.format(m, m, m))
print('%s and %r' % (m, m))
print([m, Money(3, 'USD')])
print({'price': m})
print((m,))


class Date:
    def __init__(self, year, month, day):
        self.year, self.month, self.day = year, month, day

    def __repr__(self):
        return f'Date({self.year}, {self.month}, {self.day})'

    def __format__(self, spec):
        fields = {'Y': f'{self.year:04d}', 'm': f'{self.month:02d}', 'd': f'{self.day:02d}'}
        out = []
        for ch in spec or 'Y-m-d':
            out.append(fields.get(ch, ch))
        return ''.join(out)


d = Date(2024, 3, 7)
print(d, str(d))           # no __str__: falls back to __repr__
print(f'{d}', f'{d:d/m/Y}', f'{d:Y.m}', f'{d!r:>20}')
print(f'{d=}')


class Plain:
    pass


pl = Plain()
print(str(pl) == repr(pl), format(pl, '') == str(pl))
try:
    format(pl, 'x')
except TypeError as e:
    print('TypeError:', e)


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    def __str__(self):
        return f'{self.celsius}°C'

    def __repr__(self):
        return f'<Temperature {self.celsius}>'


temps = [Temperature(21), Temperature(-3.5)]
print(temps)
print(', '.join(map(str, temps)))
print(f'{temps[0]!s:*^10}|{temps[1]!r:<20}|')
print(f'{temps[0]!s:>8}|{temps[0]}|')   # object.__format__ only accepts an empty spec


# __repr__ and __str__ must return str.
class Broken:
    def __repr__(self):
        return 42


try:
    repr(Broken())
except TypeError as e:
    print('TypeError:', e)


# Inheritance: a subclass reuses the parent's repr, which reports the actual class name.
class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)

    def __repr__(self):
        args = [repr(self.value)] + [repr(c) for c in self.children]
        return f'{type(self).__name__}({", ".join(args)})'


class Leaf(Node):
    pass


tree = Node(1, Leaf('a'), Node(2, Leaf(3.5), Leaf(None)))
print(tree)
print(repr(tree) == str(tree))


# A recursive structure with reprlib-like protection written by hand.
class Chain:
    def __init__(self, name):
        self.name = name
        self.next = None

    def __repr__(self):
        names, seen, node = [], set(), self
        while node is not None and node.name not in seen:
            seen.add(node.name)
            names.append(node.name)
            node = node.next
        return ' -> '.join(names) + (' -> ...' if node is not None else '')


a, b, c = Chain('a'), Chain('b'), Chain('c')
a.next, b.next = b, c
print(a)
c.next = a
print(a, '|', b)
