# enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique; lookup, iteration, aliases, reprs as in 3.11.
from enum import Enum, Flag, IntEnum, IntFlag, StrEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1     # an alias of RED


print(repr(Color.RED), str(Color.RED), f'{Color.RED}|{Color.GREEN:>12}|', Color.RED.name, Color.RED.value)
print(Color(2), Color['BLUE'], list(Color), len(Color), Color.CRIMSON is Color.RED, list(Color.__members__))
print(repr(Color), Color.RED in Color, Color.RED == 1, Color.RED is Color(1), list(reversed(Color)))
print(type(Color.RED).__name__, isinstance(Color.RED, Color), {Color.RED: 'stop'}[Color.CRIMSON])
print(sorted(Color, key=lambda c: c.name), [c.name for c in Color if c.value > 1])
for bad in [lambda: Color(7), lambda: Color['PINK']]:
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__ + ':', e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print('TypeError:', e)
try:
    class MoreColors(Color):
        PINK = 4
except TypeError as e:
    print('TypeError:', e)


class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
    ERROR = 500


print(repr(Status.OK), str(Status.OK), f'{Status.NOT_FOUND}', f'{Status.OK:05d}', Status.OK == 200, Status(404))
print(Status.OK < Status.ERROR, sorted([Status.ERROR, Status.OK]), Status.OK + 1, isinstance(Status.OK, int))
print({200: 'fine'}[Status.OK], [s.value for s in Status], max(Status).name)


class Mode(StrEnum):
    READ = auto()
    WRITE = 'w'


print(repr(Mode.READ), str(Mode.READ), Mode.READ == 'read', Mode('w'), Mode.WRITE.upper(), '-'.join(Mode))


class Level(Enum):
    LOW = auto()
    MEDIUM = auto()
    HIGH = 10
    EXTREME = auto()


print([(lv.name, lv.value) for lv in Level])


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = R | W


rw = Perm.R | Perm.W
print(repr(rw), str(rw), repr(Perm.R | Perm.X), list(Perm), Perm.R in rw, Perm.X in rw, bool(Perm(0)))
print(repr(Perm(0)), str(Perm(0)), repr(~Perm.R), list(rw), len(Perm.R | Perm.W | Perm.X), rw is Perm.RW)
print(repr(rw & Perm.W), repr(rw ^ Perm.R), Perm(7), Perm(3))
try:
    Perm(8)
except ValueError as e:
    print('ValueError:', e)


class Open(IntFlag):
    RDONLY = 1
    APPEND = 2
    CREATE = 4


flags = Open.RDONLY | Open.CREATE
print(repr(flags), str(flags), flags == 5, flags & Open.CREATE, repr(Open.APPEND | 8), repr(~Open.RDONLY), repr(Open(0)))


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(list(Shape), Shape(2), Shape.ALIAS_FOR_SQUARE.name)
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
except ValueError as e:
    print('ValueError:', e)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2), repr(Planet.MERCURY))


class Weekday(Enum):
    MONDAY = 1
    TUESDAY = 2
    WEDNESDAY = 3

    @classmethod
    def from_name(cls, name):
        return cls[name.upper()]

    def is_early(self):
        return self.value < 3

    def __str__(self):
        return self.name.title()

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.isdigit():
            return cls(int(value))
        return None


print(Weekday.from_name('tuesday'), Weekday.MONDAY.is_early(), f'{Weekday.WEDNESDAY:>10}', Weekday('3'))
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, repr(Enum('Unit', [('CM', 1), ('M', 100)]).M))
Bits = Flag('Bits', 'A B C')
print(list(Bits), repr(Bits.A | Bits.C))
import copy
print(copy.deepcopy(Color.RED) is Color.RED, [m for m in Color.__members__.items()][-1])
