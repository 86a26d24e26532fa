# Structural pattern matching (PEP 634): literals, captures, sequences, mappings, classes, guards, or-patterns.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


class Circle:
    __match_args__ = ('center', 'radius')

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius


def describe(shape):
    match shape:
        case Point(x=0, y=0):
            return 'origin'
        case Point(x=0, y=y):
            return f'on the y axis at {y}'
        case Point(x, 0):
            return f'on the x axis at {x}'
        case Point(x, y) if x == y:
            return f'on the diagonal at {x}'
        case Point():
            return 'some point'
        case Circle(Point(x=cx, y=cy), r) if r > 10:
            return f'big circle at ({cx}, {cy})'
        case Circle(center, radius=r):
            return f'circle r={r} at {center}'
        case _:
            return 'unknown'


for s in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 7), Circle(Point(1, 2), 20),
          Circle(Point(1, 2), 3), 'square']:
    print(describe(s))


def command(text):
    match text.split():
        case []:
            return 'empty'
        case ['go', direction]:
            return f'going {direction}'
        case ['go', *_]:
            return 'go where?'
        case ['pick', 'up', item] | ['take', item]:
            return f'taking {item}'
        case ['drop', *items] if items:
            return f'dropping {", ".join(items)}'
        case [first, *rest]:
            return f'unknown command {first!r} with {len(rest)} args'


for t in ['', 'go north', 'go', 'go a b', 'pick up lamp', 'take key', 'drop a b c', 'drop', 'dance now']:
    print(repr(t), '->', command(t))


def event(e):
    match e:
        case {'type': 'click', 'pos': (x, y)}:
            return f'click at {x},{y}'
        case {'type': 'key', 'key': str(k), **rest}:
            return f'key {k} extra={sorted(rest)}'
        case {'type': t}:
            return f'other event {t}'
        case None:
            return 'no event'
        case True | False as flag:
            return f'flag {flag}'
        case int(n) | float(n):
            return f'number {n}'
        case (1, 2) | [3, 4]:
            return 'special pair'
        case str() as s if len(s) > 3:
            return f'long string {s}'
        case _:
            return 'other'


for e in [{'type': 'click', 'pos': (1, 2)}, {'type': 'key', 'key': 'q', 'mod': 'ctrl', 'at': 1},
          {'type': 'key', 'key': 5}, {'type': 'scroll'}, None, True, 7, 2.5, (1, 2), [3, 4], 'hello', 'hi', {}]:
    print(event(e))

# Captures stay bound after the match.
match (1, (2, 3)):
    case (a, (b, c)):
        pass
print(a, b, c)

# Value patterns use dotted names.
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2


def paint(c):
    match c:
        case Color.RED:
            return 'stop'
        case Color.GREEN:
            return 'go'


print(paint(Color.RED), paint(Color.GREEN), paint(3))
try:
    match 5:
        case Circle(1, 2, 3):
            pass
except TypeError as e:
    print('TypeError:', e)
