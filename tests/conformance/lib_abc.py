# abc: abstract base classes, abstract methods/properties, virtual subclasses and subclass hooks.
from abc import ABC, ABCMeta, abstractmethod, get_cache_token
import collections.abc as cabc


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return f'{type(self).__name__} with area {self.area():.2f}'


class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
    def perimeter(self):
        return 4 * self.side


class HalfDone(Shape):
    def area(self):
        return 0


for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print('TypeError:', e)
sq = Square(3)
print(sq.describe(), sq.perimeter(), isinstance(sq, Shape), sorted(Shape.__abstractmethods__),
      HalfDone.__abstractmethods__, Square.__abstractmethods__)


class Named(ABC):
    @property
    @abstractmethod
    def name(self):
        ...
    @classmethod
    @abstractmethod
    def create(cls):
        ...
    @staticmethod
    @abstractmethod
    def version():
        ...


class Impl(Named):
    @property
    def name(self):
        return 'impl'
    @classmethod
    def create(cls):
        return cls()
    @staticmethod
    def version():
        return 2


print(sorted(Named.__abstractmethods__), Impl.create().name, Impl.version())
try:
    Named()
except TypeError as e:
    print('TypeError:', e)


class Plugin(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        ...


class Legacy:
    def run(self):
        return 'legacy run'


token = get_cache_token()
print(issubclass(Legacy, Plugin), isinstance(Legacy(), Plugin))
Plugin.register(Legacy)
print(issubclass(Legacy, Plugin), isinstance(Legacy(), Plugin), get_cache_token() != token, Legacy().run())


@Plugin.register
class Decorated:
    pass


print(issubclass(Decorated, Plugin), Decorated.__name__, Plugin.register(Square) is Square)
try:
    Plugin.register(5)
except TypeError as e:
    print('TypeError:', e)


class Drawable(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            return any('draw' in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented


class Canvas:
    def draw(self):
        pass


class Sub(Canvas):
    pass


print(issubclass(Canvas, Drawable), isinstance(Sub(), Drawable), isinstance(1, Drawable))
try:
    issubclass(1, Drawable)
except TypeError as e:
    print('TypeError:', e)


class Seq(cabc.Sequence):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i


s = Seq(5)
print(list(s), 9 in s, s.index(16), s.count(4), list(reversed(s)), isinstance(s, cabc.Iterable))


class Bag(cabc.MutableSet):
    def __init__(self, items=()):
        self.items = list(dict.fromkeys(items))
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
    def add(self, x):
        if x not in self.items:
            self.items.append(x)
    def discard(self, x):
        if x in self.items:
            self.items.remove(x)


b = Bag('abc')
b |= {'d'}
b -= {'a'}
print(sorted(b), sorted(b & {'b', 'z'}), sorted(b | Bag('xy')), b <= Bag('bcdz'), b == Bag('dcb'), b.isdisjoint('q'))


class Registry(cabc.MutableMapping):
    def __init__(self):
        self.data = {}
    def __getitem__(self, k):
        return self.data[k]
    def __setitem__(self, k, v):
        self.data[k] = v
    def __delitem__(self, k):
        del self.data[k]
    def __iter__(self):
        return iter(self.data)
    def __len__(self):
        return len(self.data)


r = Registry()
r.update(a=1, b=2)
r.setdefault('c', 3)
print(r.pop('a'), r.get('z', 0), 'b' in r, list(r.items()), list(r.keys()), r == {'b': 2, 'c': 3}, r.popitem())
print(isinstance([], cabc.MutableSequence), isinstance((), cabc.Sequence), isinstance({}, cabc.Mapping),
      isinstance('s', cabc.Hashable), isinstance([], cabc.Hashable), isinstance(len, cabc.Callable),
      isinstance(iter(()), cabc.Iterator), isinstance(range(3), cabc.Sequence), isinstance({1}, cabc.Set),
      isinstance({}.keys(), cabc.KeysView), isinstance((x for x in []), cabc.Generator))
try:
    cabc.Sequence()
except TypeError as e:
    print('TypeError:', e)
