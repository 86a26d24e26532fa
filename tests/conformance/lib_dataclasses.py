# dataclasses: fields with defaults and factories, generated methods, ordering, frozen, asdict/astuple, replace.
from dataclasses import (FrozenInstanceError, InitVar, KW_ONLY, asdict, astuple, dataclass, field, fields,
                         is_dataclass, make_dataclass, replace)
from typing import ClassVar, List, Optional


@dataclass
class Item:
    name: str
    price: float
    quantity: int = 0
    tags: List[str] = field(default_factory=list)
    registry: ClassVar[int] = 0

    def total(self) -> float:
        return self.price * self.quantity


a = Item('pen', 1.5, 4)
b = Item('pen', 1.5, 4)
print(a, a.total(), a == b, a is b, a != Item('pen', 1.5), Item.registry, Item.__match_args__)
a.tags.append('office')
print(a.tags, b.tags, Item('cup', 3.0).tags is Item('mug', 2.0).tags)
print([f.name for f in fields(Item)], [f.type for f in fields(a)], fields(Item)[2].default, is_dataclass(a), is_dataclass(Item))
print(asdict(a), astuple(a), replace(a, quantity=10), a.__doc__ if False else Item.__doc__)
for args, kwargs in [((), {}), (('x',), {}), (('x', 1, 2, [], 5), {}), (('x', 1), {'name': 'y'}), (('x', 1), {'color': 'red'})]:
    try:
        Item(*args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)
try:
    a.__hash__()
except TypeError as e:
    print('TypeError:', e)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def __str__(self):
        return f'{self.major}.{self.minor}.{self.patch}'


versions = [Version(1, 10), Version(1, 2, 3), Version(0, 9)]
print(sorted(versions), max(versions), Version(1) < Version(1, 0, 1), Version(2) >= Version(1, 99))
print({Version(1): 'one'}[Version(1, 0, 0)], hash(Version(3)) == hash(Version(3)), str(Version(1, 2)))
v = Version(1)
try:
    v.major = 2
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e, isinstance(e, AttributeError))
print(replace(v, minor=5), v)


@dataclass
class Rect:
    width: float
    height: float
    area: float = field(init=False, repr=False)
    label: str = field(default='rect', compare=False)

    def __post_init__(self):
        self.area = self.width * self.height


r = Rect(2, 3)
print(r, r.area, Rect(2, 3, 'a') == Rect(2, 3, 'b'), [f.name for f in fields(r) if f.init])
try:
    replace(r, area=1)
except ValueError as e:
    print('ValueError:', e)


@dataclass
class Account:
    owner: str
    balance: int = 0
    secret: InitVar[Optional[str]] = None

    def __post_init__(self, secret):
        self.locked = secret is not None


print(Account('ann'), Account('bob', 5, 'pw').locked, [f.name for f in fields(Account)])


@dataclass
class Node:
    value: int
    children: List['Node'] = field(default_factory=list)


tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(tree)
print(asdict(tree))
print(astuple(tree))


@dataclass
class Base:
    id: int
    name: str = 'base'


@dataclass
class Child(Base):
    extra: bool = False
    name: str = 'child'


print(Child(7), Child(7, 'c', True), [f.name for f in fields(Child)], isinstance(Child(1), Base))


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int


print(Options(level=3))
try:
    Options(3)
except TypeError as e:
    print('TypeError:', e)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2


print(Mixed(1, b=5), Mixed.__match_args__)


@dataclass(eq=False)
class Identity:
    x: int


@dataclass(unsafe_hash=True)
class Hashable:
    x: int
    cache: dict = field(default_factory=dict, hash=False, compare=False)


print(Identity(1) == Identity(1), hash(Hashable(1)) == hash(Hashable(1, {'k': 1})))
for bad in ['default_after', 'mutable']:
    try:
        if bad == 'default_after':
            @dataclass
            class Bad:
                a: int = 0
                b: int
        else:
            @dataclass
            class Bad:
                items: list = []
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
Point3 = make_dataclass('Point3', [('x', int), ('y', int), ('z', int, field(default=0))],
                        namespace={'norm1': lambda self: abs(self.x) + abs(self.y) + abs(self.z)})
p = Point3(1, -2)
print(p, p.norm1(), asdict(p))


@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 0


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
