# The iterator protocol: user iterator classes, iter(callable, sentinel), next() with a
# default, exhaustion, and the errors for non-iterables.

class Paginator:
    """Iterates over pages of a list; each page is a list."""

    def __init__(self, items, page_size):
        self.items = items
        self.page_size = page_size

    def __iter__(self):
        return PageIterator(self)

    def __len__(self):
        return -(-len(self.items) // self.page_size)


class PageIterator:
    def __init__(self, paginator):
        self.p = paginator
        self.page = 0

    def __iter__(self):
        return self

    def __next__(self):
        start = self.page * self.p.page_size
        if start >= len(self.p.items):
            raise StopIteration
        self.page += 1
        return self.p.items[start:start + self.p.page_size]


pages = Paginator(list(range(1, 11)), 4)
print(len(pages), list(pages))
for number, page in enumerate(pages, 1):
    print(f'page {number}: {page}')
it = iter(pages)
print(next(it), next(it), next(it), next(it, 'no more'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)


# An iterator stays exhausted; an iterable can be iterated again.
nums = iter([1, 2, 3])
print(sum(nums), sum(nums), list(nums))
squares = map(lambda x: x * x, range(4))
print(4 in squares, list(squares))       # "in" consumed part of the iterator


# iter(callable, sentinel): call until the sentinel value comes back.
class Dice:
    def __init__(self, rolls):
        self.rolls = list(rolls)

    def roll(self):
        return self.rolls.pop(0)


dice = Dice([3, 5, 2, 6, 1, 4])
print(list(iter(dice.roll, 6)), dice.rolls)

chunks = ['abc', 'de', '', 'never read']
reader = iter(lambda: chunks.pop(0), '')
print([c.upper() for c in reader], chunks)

counter = iter(range(10).__iter__().__next__, 4)
print(list(counter))
try:
    iter(42, 0)
except TypeError as e:
    print('TypeError:', e)


# Errors for things that are not iterable.
for obj in (42, 3.5, None, len):
    try:
        iter(obj)
    except TypeError as e:
        print('TypeError:', e)
try:
    for x in 10:
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    a, b = 7
except TypeError as e:
    print('TypeError:', e)
try:
    next([1, 2])
except TypeError as e:
    print('TypeError:', e)


class BadIter:
    def __iter__(self):
        return 'not an iterator'


try:
    iter(BadIter())
except TypeError as e:
    print('TypeError:', e)


# Unpacking checks the number of items produced by the iterator.
def three():
    yield from 'xyz'


a, b, c = three()
print(a, b, c)
for target in ('two', 'four'):
    try:
        if target == 'two':
            p, q = three()
        else:
            p, q, r, s = three()
    except ValueError as e:
        print('ValueError:', e)
first, *middle, last = Paginator(list(range(7)), 2)
print(first, middle, last)
