# Inheritance, C3 method resolution order and super() in single and multiple inheritance.

class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def describe(self):
        return f'{self.name} with {self.sides} sides'

    def area(self):
        return 0


class Rectangle(Shape):
    sides = 4

    def __init__(self, width, height):
        super().__init__('rectangle')
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.height


class Square(Rectangle):
    def __init__(self, size):
        super().__init__(size, size)
        self.name = 'square'

    def describe(self):
        return 'a ' + super().describe()


shapes = [Shape('blob'), Rectangle(2, 3), Square(4)]
for s in shapes:
    print(type(s).__name__, '|', s.describe(), '| area', s.area())
print([c.__name__ for c in Square.__mro__])
print(Square.__bases__[0].__name__, Shape.__bases__[0].__name__)

# The classic diamond: every class appears once, after all its subclasses.
log = []

class Base:
    def __init__(self):
        log.append('Base')

    def who(self):
        return ['Base']


class Left(Base):
    def __init__(self):
        log.append('Left>')
        super().__init__()
        log.append('<Left')

    def who(self):
        return ['Left'] + super().who()


class Right(Base):
    def __init__(self):
        log.append('Right>')
        super().__init__()
        log.append('<Right')

    def who(self):
        return ['Right'] + super().who()


class Bottom(Left, Right):
    def __init__(self):
        log.append('Bottom>')
        super().__init__()
        log.append('<Bottom')

    def who(self):
        return ['Bottom'] + super().who()


b = Bottom()
print(log)
print(b.who())
print([c.__name__ for c in Bottom.mro()])
print(Bottom.mro() == list(Bottom.__mro__))
print(Bottom.__mro__[-1] is object)

# Two-argument super skips part of the MRO explicitly.
print(super(Left, b).who())
print(super(Right, b).who())
print(super(Bottom, b).who())

# A more complex C3 linearisation (from the Python documentation).
class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass
print(''.join(k.__name__ for k in A.__mro__[:-1]))

# An inconsistent hierarchy is rejected.
class X: pass
class Y(X): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print('TypeError:', e)

# super() in classmethods follows cls.
class Plugin:
    registry = []

    @classmethod
    def create(cls, name):
        obj = cls()
        obj.name = name
        Plugin.registry.append(f'{cls.__name__}:{name}')
        return obj


class AudioPlugin(Plugin):
    @classmethod
    def create(cls, name):
        obj = super().create(name.upper())
        obj.kind = 'audio'
        return obj


class LoudPlugin(AudioPlugin):
    pass


p = LoudPlugin.create('reverb')
print(type(p).__name__, p.name, p.kind)
print(Plugin.registry)

# Methods are looked up along the MRO; attributes can be inherited.
class Mixin:
    def greet(self):
        return f'hello from {type(self).__name__} ({self.tag})'


class Tagged:
    tag = 'tagged'


class Widget(Mixin, Tagged):
    pass


w = Widget()
print(w.greet())
print(isinstance(w, Mixin), isinstance(w, Tagged), issubclass(Widget, (int, Tagged)))
print(issubclass(Bottom, Base), issubclass(Base, Bottom), issubclass(Bottom, Bottom))
