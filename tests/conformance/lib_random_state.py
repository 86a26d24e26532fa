# Random instances: state save and restore, subclasses, SystemRandom, errors.
import random

r = random.Random(99)
state = r.getstate()
print(state[0], len(state[1]), state[1][-1], state[2])
first = [r.random() for _ in range(3)]
r.setstate(state)
print(first == [r.random() for _ in range(3)])
g1 = r.gauss()
saved = r.getstate()
print(saved[2] is not None)
g2 = r.gauss()
r.setstate(saved)
print(g2 == r.gauss())

a = random.Random()
a.seed(5)
b = random.Random(5)
print(a.getstate() == b.getstate(), a.randrange(1000) == b.randrange(1000))
c = random.Random(7)
c.setstate(b.getstate())
print(c.random() == b.random())


class Dice(random.Random):
    """A subclass overriding only random(): integers are then drawn from random() alone."""
    def __init__(self, values):
        self.values = list(values)
        super().__init__(0)

    def random(self):
        return self.values.pop(0) if self.values else 0.5


d = Dice([0.1, 0.2, 0.99, 0.3, 0.7, 0.0])
print([d.randint(1, 6) for _ in range(6)], d.choice('xyz'), d.uniform(0, 10))


class Counter(random.Random):
    """A subclass providing getrandbits: randrange uses it."""
    calls = 0

    def getrandbits(self, k):
        Counter.calls += 1
        return super().getrandbits(k)


cnt = Counter(3)
print([cnt.randrange(10) for _ in range(5)], Counter.calls > 0, cnt.random())

sr = random.SystemRandom()
x = sr.random()
print(0.0 <= x < 1.0, 0 <= sr.randrange(10) < 10, sr.getrandbits(16) < 65536, len(sr.randbytes(4)), sr.seed(1))
for bad in [sr.getstate, lambda: sr.setstate(None)]:
    try:
        bad()
    except NotImplementedError as e:
        print('NotImplementedError', e)

random.seed()
print(0.0 <= random.random() < 1.0)


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt('randrange(0)', lambda: random.randrange(0))
attempt('randrange(-3)', lambda: random.randrange(-3))
attempt('randrange(5, 5)', lambda: random.randrange(5, 5))
attempt('randrange(5, 1)', lambda: random.randrange(5, 1))
attempt('randrange(1, 9, 0)', lambda: random.randrange(1, 9, 0))
attempt('randrange(1, 9, -1)', lambda: random.randrange(1, 9, -1))
attempt('randrange(1.5)', lambda: random.randrange(1.5))
attempt('randrange(2, 7.5)', lambda: random.randrange(2, 7.5))
attempt('randrange(10, step=2)', lambda: random.randrange(10, step=2))
attempt('randint(3, 1)', lambda: random.randint(3, 1))
attempt('choice([])', lambda: random.choice([]))
attempt('sample(set)', lambda: random.sample({1, 2, 3}, 2))
attempt('sample(dict)', lambda: random.sample({'a': 1}, 1))
attempt('sample(k=-1)', lambda: random.sample([1, 2], -1))
attempt('sample(k=3)', lambda: random.sample([1, 2], 3))
attempt('sample counts', lambda: random.sample('ab', 2, counts=[1]))
attempt('sample counts zero', lambda: random.sample('ab', 1, counts=[0, 0]))
attempt('sample counts float', lambda: random.sample('ab', 1, counts=[1.5, 1]))
attempt('choices both', lambda: random.choices('ab', [1, 1], cum_weights=[1, 2]))
attempt('choices length', lambda: random.choices('ab', [1]))
attempt('choices zero', lambda: random.choices('ab', [0, 0]))
attempt('choices inf', lambda: random.choices('ab', [1, float('inf')]))
attempt('choices k positional', lambda: random.choices('ab', 3))
attempt('getrandbits(-1)', lambda: random.getrandbits(-1))
attempt('getrandbits(1.0)', lambda: random.getrandbits(1.0))
attempt('seed(list)', lambda: random.seed([1, 2]))
attempt('gammavariate(0, 1)', lambda: random.gammavariate(0, 1))
attempt('setstate(version 9)', lambda: random.setstate((9, (), None)))
attempt('setstate(short)', lambda: random.setstate((3, (1, 2, 3), None)))
attempt('setstate(not tuple)', lambda: random.setstate((3, [0] * 625, None)))
attempt('setstate(bad index)', lambda: random.setstate((3, (0,) * 624 + (700,), None)))
attempt('expovariate(0)', lambda: random.expovariate(0))
