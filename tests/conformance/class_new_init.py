# __new__ and __init__: singletons, immutable value types, caching instances and __slots__.

class Settings:
    """Only one instance ever exists."""
    _instance = None

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            print('  creating the instance')
            cls._instance = super().__new__(cls)
            cls._instance.values = {}
        return cls._instance

    def __init__(self, **values):
        # __init__ runs on every call, even when __new__ returned an existing object
        self.values.update(values)


s1 = Settings(debug=True)
s2 = Settings(level=3)
print(s1 is s2, sorted(s1.values.items()))


class Point(tuple):
    """An immutable 2-D point: tuple.__new__ receives the values."""

    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return f'Point({self.x}, {self.y})'


p = Point(3, 4)
print(p, p.x, p.y, len(p), p == (3, 4), isinstance(p, tuple))
x, y = p
print(x + y, p + (5,), type(p + (5,)).__name__)
try:
    p[0] = 10
except TypeError as e:
    print('TypeError:', e)


class Celsius(float):
    def __new__(cls, degrees):
        if degrees < -273.15:
            raise ValueError(f'{degrees} is below absolute zero')
        return super().__new__(cls, degrees)

    def to_fahrenheit(self):
        return self * 9 / 5 + 32


c = Celsius(100)
print(c, c.to_fahrenheit(), c + 1, type(c + 1).__name__, type(c).__name__)
try:
    Celsius(-300)
except ValueError as e:
    print('ValueError:', e)


class Color:
    """Interned instances: Color('red') always returns the same object."""
    _cache = {}

    def __new__(cls, name):
        key = name.lower()
        if key not in cls._cache:
            obj = object.__new__(cls)
            obj.name = key
            cls._cache[key] = obj
        return cls._cache[key]

    def __repr__(self):
        return f'Color({self.name!r})'


print(Color('Red') is Color('RED'), Color('red'), len(Color._cache))
print(Color('blue') is Color('red'), sorted(Color._cache))

# __new__ returning an object of another class skips __init__.
class Weird:
    def __new__(cls, value):
        if value < 0:
            return 'negative!'
        return super().__new__(cls)

    def __init__(self, value):
        print('  Weird.__init__', value)
        self.value = value


w = Weird(5)
print(w.value)
print(Weird(-1))


class Vector3:
    __slots__ = ('x', 'y', 'z')

    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def norm2(self):
        return self.x ** 2 + self.y ** 2 + self.z ** 2


v = Vector3(1, 2, 2)
print(v.norm2(), Vector3.__slots__)
v.x = 10
print(v.x, v.norm2())
try:
    v.w = 4
except AttributeError as e:
    print('AttributeError:', e)
print(hasattr(v, '__dict__'))
del v.z
try:
    print(v.z)
except AttributeError as e:
    print('AttributeError:', e)


class Vector4(Vector3):
    __slots__ = ('w',)


v4 = Vector4(1, 1, 1)
v4.w = 1
print(v4.w, v4.norm2(), hasattr(v4, '__dict__'))

# object() takes no arguments, so a class without __init__ rejects them.
class Empty:
    pass


try:
    Empty(1, 2)
except TypeError as e:
    print('TypeError:', e)
