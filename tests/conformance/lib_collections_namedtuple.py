# collections.namedtuple, OrderedDict and ChainMap.
from collections import namedtuple, OrderedDict, ChainMap
import collections.abc

Point = namedtuple('Point', ['x', 'y'])
p = Point(3, y=4)
print(p, p.x, p.y, p[0], p[-1], len(p), p == (3, 4), tuple(p), Point._fields)
x, y = p
print(x + y, p._asdict(), p._replace(x=10), Point._make([5, 6]), isinstance(p, tuple))
print(Point.__doc__, Point.x.__doc__, Point.__name__, type(p).__name__, repr(Point(1, 2)))
Person = namedtuple('Person', 'name age city', defaults=['Paris'])
print(Person('Ann', 30), Person('Bob', age=5, city='Rome'), Person._field_defaults)
Row = namedtuple('Row', 'id, label')
rows = [Row(2, 'b'), Row(1, 'z'), Row(3, 'a')]
print(sorted(rows), sorted(rows, key=lambda r: r.label), max(rows).id)
for args, kwargs in [((1,), {}), ((1, 2, 3), {}), ((1, 2), {'x': 0}), ((1, 2), {'z': 0}), ((), {})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)
for fields in ['a b a', 'a _b', 'a class', '1a']:
    try:
        namedtuple('T', fields)
    except ValueError as e:
        print('ValueError:', e)
print(namedtuple('T', ['a', 'def', 'a', '_x'], rename=True)._fields)
try:
    p._replace(z=1)
except ValueError as e:
    print('ValueError:', e)
try:
    Point._make([1])
except TypeError as e:
    print('TypeError:', e)

class Vector(namedtuple('Vector', 'x y')):
    __slots__ = ()
    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)
    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
v = Vector(3, 4) + Vector(0, 0)
print(v, v.norm, dict(zip(Vector._fields, v)), {Point(1, 2): 'ok'}[Point(1, 2)])

# OrderedDict
od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), od.keys(), od.values(), od.items())
od.move_to_end('b')
print(list(od))
od.move_to_end('c', last=False)
print(list(od), od.popitem(), od.popitem(last=False), od)
a = OrderedDict(x=1, y=2)
b = OrderedDict(y=2, x=1)
print(a == b, a == dict(b), dict(a) == dict(b), list(reversed(a)), OrderedDict.fromkeys('abc', 0))
print(repr(OrderedDict()), a | {'z': 3}, a.copy())
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError:', e)

class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity
    def get_item(self, key):
        if key not in self:
            return None
        self.move_to_end(key)
        return self[key]
    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.capacity:
            self.popitem(last=False)
cache = LRU(2)
cache.put('a', 1)
cache.put('b', 2)
cache.get_item('a')
cache.put('c', 3)
print(list(cache.items()), cache.get_item('b'))

# ChainMap
defaults = {'color': 'red', 'user': 'guest'}
env = {'user': 'admin'}
cli = {}
settings = ChainMap(cli, env, defaults)
print(settings['user'], settings['color'], len(settings), sorted(settings), settings.get('x', '?'))
settings['color'] = 'blue'
print(cli, settings.maps[0] is cli, dict(settings) == {'color': 'blue', 'user': 'admin'})
child = settings.new_child({'user': 'root'})
print(child['user'], child.parents['user'], 'user' in child, len(child.maps))
print(ChainMap({'a': 1}, {'b': 2}), ChainMap())
try:
    del settings['user']
except KeyError as e:
    print('KeyError:', e)
print(isinstance(settings, collections.abc.MutableMapping), isinstance(p, collections.abc.Sequence))
