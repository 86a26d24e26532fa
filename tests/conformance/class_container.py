# The container protocol: a fixed-size ring buffer and a sparse grid, plus the old
# __getitem__ iteration protocol.

class RingBuffer:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = []

    def append(self, value):
        self.items.append(value)
        if len(self.items) > self.capacity:
            del self.items[0]

    def __len__(self):
        return len(self.items)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self.items[index]          # a plain list for slices
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError('ring buffer index out of range')
        return self.items[index]

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            raise TypeError('slice assignment not supported')
        self.items[index] = value

    def __delitem__(self, index):
        del self.items[index]

    def __contains__(self, value):
        print('  __contains__', value)
        return value in self.items

    def __iter__(self):
        return iter(self.items)

    def __reversed__(self):
        print('  __reversed__')
        return reversed(self.items)


rb = RingBuffer(3)
for n in range(1, 6):
    rb.append(n * 10)
print(len(rb), list(rb), rb[0], rb[-1], rb[1:], rb[::-1], rb[:])
print(30 in rb, 10 in rb, 10 not in rb)
print(list(reversed(rb)))
rb[0] = 'first'
del rb[1]
print(list(rb), len(rb))
for action in (lambda: rb[5], lambda: rb.__setitem__(slice(0, 1), [1]), lambda: rb['x']):
    try:
        action()
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print(bool(RingBuffer(2)), bool(rb))
print(sorted(rb, key=str), max(RingBuffer(1) or [0]), enumerate(rb).__next__())
a, b = rb
print(a, b)


class Squares:
    """Only __getitem__: iteration uses indexes 0, 1, 2... until IndexError."""

    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i


sq = Squares(5)
print(list(sq), 9 in sq, 10 in sq, sum(sq), [x for x in sq if x % 2])
it = iter(sq)
print(next(it), next(it), type(it).__name__)
print(list(reversed(list(sq))), sorted(Squares(3), reverse=True), tuple(Squares(0)))
x, y, z = Squares(3)
print(x, y, z)


class Grid:
    """A sparse 2-D grid indexed with tuples: grid[r, c]."""

    def __init__(self, default=0):
        self.cells = {}
        self.default = default

    def __getitem__(self, key):
        row, col = key
        return self.cells.get((row, col), self.default)

    def __setitem__(self, key, value):
        if value == self.default:
            self.cells.pop(key, None)
        else:
            self.cells[key] = value

    def __delitem__(self, key):
        try:
            del self.cells[key]
        except KeyError:
            raise KeyError(f'cell {key} is empty') from None

    def __len__(self):
        return len(self.cells)

    def __iter__(self):
        return iter(sorted(self.cells))

    def __contains__(self, key):
        return key in self.cells


g = Grid()
g[0, 0] = 5
g[2, 3] = 7
g[1, 1] = 1
g[1, 1] = 0
print(len(g), g[0, 0], g[9, 9], (2, 3) in g, (1, 1) in g, list(g))
print({k: g[k] for k in g})
del g[0, 0]
try:
    del g[4, 4]
except KeyError as e:
    print('KeyError:', e)
print(list(g))


class Countdown:
    """An iterable whose iterators are independent."""

    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIter(self.start)


class CountdownIter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


cd = Countdown(3)
print(list(cd), list(cd), [(a, b) for a in cd for b in cd if a > b])
it = iter(cd)
print(next(it), list(it), next(it, 'done'), iter(it) is it)
print(3 in Countdown(5), 6 in Countdown(5))
