# type() with one and three arguments, metaclasses, class decorators, isinstance/issubclass.

print(type(42).__name__, type('s') is str, type(type) is type, type(object).__name__)
print(type(len).__name__, type(None).__name__, type(print).__name__)


# Building classes dynamically with type(name, bases, namespace).
def describe(self):
    return f'{type(self).__name__} with {self.legs} legs'


Animal = type('Animal', (), {'legs': 4, 'describe': describe, '__doc__': 'made by type()'})
Bird = type('Bird', (Animal,), {'legs': 2, 'fly': lambda self: 'flap flap'})
print(Animal.__name__, Animal.__doc__, Animal.__module__ == __name__)
print(Animal().describe(), Bird().describe(), Bird().fly())
print([c.__name__ for c in Bird.__mro__], isinstance(Bird(), Animal), type(Bird) is type)
try:
    type('X', 'not a tuple', {})
except TypeError as e:
    print('TypeError:', e)


# A metaclass that registers every class and counts instances.
class Registry(type):
    classes = {}

    def __new__(mcs, name, bases, namespace, **kwargs):
        namespace.setdefault('kind', name.lower())
        cls = super().__new__(mcs, name, bases, namespace)
        print(f'  Registry.__new__ {name} bases={[b.__name__ for b in bases]}')
        return cls

    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace)
        cls.instance_count = 0
        Registry.classes[name] = cls

    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        cls.instance_count += 1
        return obj

    def create(cls, name, *args):
        # a method of the metaclass: available on classes, not on instances
        return Registry.classes[name](*args)


class Shape(metaclass=Registry):
    def __init__(self, size=1):
        self.size = size


class Circle(Shape):
    kind = 'round'


class Square(Shape):
    def area(self):
        return self.size ** 2


c1, c2 = Circle(), Circle(3)
sq = Shape.create('Square', 5)
print(sorted(Registry.classes), Circle.instance_count, Square.instance_count, Shape.instance_count)
print(sq.area(), Circle.kind, Square.kind, type(Circle).__name__, isinstance(Circle, Registry))
print(hasattr(sq, 'create'), hasattr(Square, 'create'))


# A metaclass that enforces an interface at class creation time.
class Interface(type):
    def __new__(mcs, name, bases, ns):
        required = ()
        for base in bases:
            required += getattr(base, 'required', ())
        missing = [m for m in required if m not in ns]
        if missing:
            raise TypeError(f'{name} must define {", ".join(missing)}')
        return super().__new__(mcs, name, bases, ns)


class Storage(metaclass=Interface):
    required = ('load', 'save')


class MemoryStorage(Storage):
    def load(self):
        return 'loaded'

    def save(self):
        return 'saved'


print(MemoryStorage().load(), MemoryStorage().save())
try:
    class BrokenStorage(Storage):
        def load(self):
            return None
except TypeError as e:
    print('TypeError:', e)


# Class decorators.
def add_repr(cls):
    def __repr__(self):
        return f'{cls.__name__}(' + ', '.join(f'{k}={v!r}' for k, v in vars(self).items()) + ')'
    cls.__repr__ = __repr__
    return cls


registered = []


def register(tag):
    def decorate(cls):
        registered.append((tag, cls.__name__))
        cls.tag = tag
        return cls
    return decorate


@register('geo')
@add_repr
class Location:
    def __init__(self, lat, lon):
        self.lat, self.lon = lat, lon


print(Location(51.5, -0.1), Location.tag, registered)


# isinstance / issubclass with tuples and inheritance.
values = [1, 2.5, True, 'x', None, [1], (1,), Circle(), Location(0, 0)]
print([type(v).__name__ for v in values if isinstance(v, (int, float))])
print([isinstance(v, (list, tuple)) for v in values])
print(isinstance(True, int), issubclass(bool, (str, int)), issubclass(Circle, (Square, Shape)))
print(isinstance(Circle(), (Square, (Location, Shape))), isinstance(Shape, type), isinstance(3, ()))
print(issubclass(Registry, type), issubclass(type, object), isinstance(object, type), isinstance(type, object))
try:
    isinstance(3, 'int')
except TypeError as e:
    print('TypeError:', e)
try:
    issubclass(3, int)
except TypeError as e:
    print('TypeError:', e)


# A metaclass's __setattr__ guards class attributes; type.__setattr__ bypasses it.
class Frozen(type):
    def __setattr__(cls, name, value):
        if name.startswith('_'):
            return super().__setattr__(name, value)
        raise AttributeError(f'cannot reassign {name}')


class Palette(metaclass=Frozen):
    RED = 1


try:
    Palette.RED = 5
except AttributeError as e:
    print('AttributeError', e)
Palette._private = 3
type.__setattr__(Palette, 'GREEN', 2)
print(Palette.RED, Palette._private, Palette.GREEN)
