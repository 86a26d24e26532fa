# Rich comparisons: a version number type with manual ordering, NotImplemented and reflection.

class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split('.'))

    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))

    def _coerce(self, other):
        if isinstance(other, Version):
            return other.parts
        if isinstance(other, str):
            return Version(other).parts
        return NotImplemented

    def __eq__(self, other):
        o = self._coerce(other)
        return o if o is NotImplemented else self.parts == o

    def __lt__(self, other):
        o = self._coerce(other)
        return o if o is NotImplemented else self.parts < o

    def __le__(self, other):
        o = self._coerce(other)
        return o if o is NotImplemented else self.parts <= o

    def __gt__(self, other):
        o = self._coerce(other)
        return o if o is NotImplemented else self.parts > o

    def __ge__(self, other):
        o = self._coerce(other)
        return o if o is NotImplemented else self.parts >= o

    __hash__ = None   # mutable-ish; make it explicit


v1, v2, v3 = Version('1.2'), Version('1.10'), Version('1.2.0')
print(v1 < v2, v1 <= v2, v1 > v2, v1 >= v2, v1 == v2, v1 != v2)
print(v1 == Version('1.2'), v1 == v3, v1 < v3)
print(v1 == '1.2', '1.2' == v1, v1 < '1.3', '1.3' > v1, '2.0' < v2)
print(v1 == 1.2, v1 != 1.2)           # NotImplemented on both sides: identity comparison
try:
    v1 < 3
except TypeError as e:
    print('TypeError:', e)
try:
    3 >= v1
except TypeError as e:
    print('TypeError:', e)

releases = [Version(s) for s in ['2.0', '1.10', '1.2', '1.9.1', '0.9', '1.2.1']]
print(sorted(releases))
print(sorted(releases, reverse=True)[:3])
print(min(releases), max(releases))
print([v for v in releases if Version('1.0') <= v < '2.0'])
print(Version('1.5') in releases, Version('1.10') in releases, releases.index(Version('0.9')))


# Only __lt__ defined: sort() and min() need nothing else; > uses the reflection of <.
class Task:
    verbose = True

    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __lt__(self, other):
        if self.verbose:
            print(f'  {self.name} < {other.name}?')
        return self.priority < other.priority

    def __repr__(self):
        return f'{self.name}({self.priority})'


a, b = Task(2, 'write'), Task(1, 'read')
print(a > b)          # no __gt__: Python tries b.__lt__(a)
try:
    a <= b
except TypeError as e:
    print('TypeError:', e)
Task.verbose = False   # the order of comparisons inside sort() is an implementation detail
tasks = [Task(3, 'deploy'), Task(1, 'test'), Task(2, 'build')]
tasks.sort()
print(tasks, min(tasks), max(tasks))


# Reflected comparisons of a subclass take priority.
class Base:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print('  Base.__eq__')
        return isinstance(other, Base) and self.v == other.v

    def __lt__(self, other):
        print('  Base.__lt__')
        return self.v < other.v


class Derived(Base):
    def __eq__(self, other):
        print('  Derived.__eq__')
        return isinstance(other, Base) and self.v == other.v

    def __gt__(self, other):
        print('  Derived.__gt__')
        return self.v > other.v


print(Base(1) == Derived(1))      # Derived overrides the reflected method: it goes first
print(Base(1) < Derived(2))       # Derived.__gt__ is tried first
print(Derived(1) == Base(1))


# __eq__ without __ne__: != is the inverse of __eq__ automatically.
class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit

    def __eq__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return (self.rank, self.suit) == (other.rank, other.suit)

    __hash__ = object.__hash__   # keep hashable while comparing by value


print(Card(10, 'h') == Card(10, 'h'), Card(10, 'h') != Card(10, 'h'), Card(10, 'h') != Card(9, 'h'))
print(Card(1, 's') == 'ace of spades', Card(1, 's') != None)
print([Card(2, 'c'), Card(3, 'd')].count(Card(3, 'd')))

# Comparisons chain and short-circuit.
lo, mid, hi = Version('1.0'), Version('1.5'), Version('2.0')
print(lo < mid < hi, lo < hi < mid, lo <= lo < hi)
