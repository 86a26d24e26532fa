# Generator functions: lazy pipelines, infinite sequences, a hand-written islice, and
# generators as methods.

def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, iterable):
    """islice(iterable, n) without itertools."""
    if n <= 0:
        return
    for i, item in enumerate(iterable):
        yield item
        if i + 1 >= n:
            return


def drop(n, iterable):
    it = iter(iterable)
    for _ in range(n):
        next(it, None)
    yield from it


def window(iterable, size):
    buf = []
    for item in iterable:
        buf.append(item)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)


print(list(take(10, fibonacci())))
print(list(take(3, drop(10, fibonacci()))))
print(list(window(take(6, fibonacci()), 3)))
print(list(take(0, fibonacci())), list(take(5, [1, 2])))
print(sum(take(50, fibonacci())))


# Generator state: a generator object runs only when asked.
def countdown(n):
    print(f'  countdown({n}) starts')
    while n > 0:
        yield n
        n -= 1
    print('  countdown ends')


g = countdown(3)
print('created', type(g).__name__, g.__name__)
print(next(g))
print(list(g))
print(next(g, 'done'), list(g))

# for-loops over generators, with else and early exit.
for n in countdown(2):
    print('got', n)
else:
    print('loop finished')

for n in countdown(5):
    if n == 4:
        print('breaking at', n)
        break


# Generators as methods and __iter__.
class Deck:
    RANKS = '23456789TJQKA'
    SUITS = 'shdc'

    def __init__(self):
        self.cards = [r + s for s in self.SUITS for r in self.RANKS]

    def __iter__(self):
        yield from self.cards

    def deal(self, hands, per_hand):
        it = iter(self)
        for _ in range(per_hand):
            for h in range(hands):
                yield h, next(it)

    def by_suit(self, suit):
        return (c for c in self if c.endswith(suit))


deck = Deck()
hands = {}
for player, card in deck.deal(3, 2):
    hands.setdefault(player, []).append(card)
print(hands)
print(list(take(4, deck.by_suit('h'))), len(list(deck)), sum(1 for _ in deck.by_suit('c')))


# Generator expressions capture their first iterable eagerly, the rest lazily.
numbers = [1, 2, 3]
gen = (x * y for x in numbers for y in range(x))
numbers = [10, 20]
print(list(gen))


def primes():
    found = []
    candidate = 2
    while True:
        if all(candidate % p for p in found if p * p <= candidate):
            found.append(candidate)
            yield candidate
        candidate += 1


print(list(take(15, primes())))
print(next(p for p in primes() if p > 1000))

# Returning early from a generator ends it; the return value is not yielded.
def until_blank(items):
    for item in items:
        if not item:
            return 'stopped'
        yield item


print(list(until_blank(['a', 'b', '', 'c'])), list(until_blank([])))

# A generator is its own iterator.
g = fibonacci()
print(iter(g) is g, next(g), next(iter(g)), next(g))
