# __hash__ and __eq__: user objects as dict keys and set members; unhashable classes.

class Coord:
    def __init__(self, row, col):
        self.row, self.col = row, col

    def __eq__(self, other):
        if not isinstance(other, Coord):
            return NotImplemented
        return (self.row, self.col) == (other.row, other.col)

    def __hash__(self):
        return hash((self.row, self.col))

    def __repr__(self):
        return f'({self.row},{self.col})'


# A tiny game board keyed by coordinates.
board = {Coord(0, 0): 'rook', Coord(0, 4): 'king', Coord(7, 4): 'king'}
print(board[Coord(0, 4)], Coord(7, 4) in board, Coord(3, 3) in board)
board[Coord(0, 0)] = 'queen'              # an equal key replaces the value
print(len(board), board[Coord(0, 0)])
print(sorted(board.items(), key=lambda kv: (kv[0].row, kv[0].col)))
visited = {Coord(1, 1), Coord(1, 1), Coord(2, 2), Coord(1, 1)}
print(len(visited), Coord(2, 2) in visited)
print(sorted(visited, key=lambda c: c.row))
print(hash(Coord(5, 6)) == hash(Coord(5, 6)), hash(Coord(5, 6)) == hash((5, 6)))
print({Coord(1, 2): 'a'}.get(Coord(1, 2)), {Coord(1, 2): 'a'}.get(Coord(2, 1), '-'))

# Default identity semantics: each instance is distinct, hash is stable.
class Token:
    def __init__(self, text):
        self.text = text


t1, t2 = Token('x'), Token('x')
seen = {t1: 'first'}
print(t1 == t2, t1 == t1, t1 in seen, t2 in seen, hash(t1) == hash(t1))
print(len({t1, t2, t1}))

# Defining __eq__ without __hash__ makes a class unhashable.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents


print(Money.__hash__ is None, Money(5) == Money(5))
for action in (lambda: hash(Money(1)), lambda: {Money(1)}, lambda: {Money(1): 1}, lambda: set([Money(2)])):
    try:
        action()
    except TypeError as e:
        print('TypeError:', e)
print(Money(3) in [Money(1), Money(3)])   # lists only need __eq__


# A subclass inherits __hash__ unless it overrides __eq__.
class Point3(Coord):
    pass


class LabeledCoord(Coord):
    def __eq__(self, other):
        return super().__eq__(other)


print(hash(Point3(1, 2)) == hash(Coord(1, 2)), Point3(1, 2) == Coord(1, 2))
print(LabeledCoord.__hash__ is None)
try:
    {LabeledCoord(0, 0)}
except TypeError as e:
    print('TypeError:', e)

# Explicitly unhashable.
class Config:
    __hash__ = None

try:
    hash(Config())
except TypeError as e:
    print('TypeError:', e)

# __hash__ must return an int; large values are folded.
class Big:
    def __hash__(self):
        return 2 ** 100

class BadHash:
    def __hash__(self):
        return 'not a number'

print(hash(Big()) == hash(2 ** 100))
try:
    hash(BadHash())
except TypeError as e:
    print('TypeError:', e)


# Counting with user keys (a word index that ignores case).
class Word:
    def __init__(self, text):
        self.text = text

    def __eq__(self, other):
        return isinstance(other, Word) and self.text.lower() == other.text.lower()

    def __hash__(self):
        return hash(self.text.lower())

    def __repr__(self):
        return self.text


counts = {}
for w in 'The cat saw the Cat and THE dog'.split():
    key = Word(w)
    counts[key] = counts.get(key, 0) + 1
print(sorted(((repr(k), v) for k, v in counts.items()), key=lambda kv: (-kv[1], kv[0])))
print(Word('DOG') in counts, counts[Word('cAt')])
s = {Word('a'), Word('A'), Word('b')}
s.discard(Word('B'))
print(s)
