# Seeded sequences of every function of the random module must be CPython's, number for number.
import random

random.seed(12345)
print([random.random() for _ in range(5)])
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(100) for _ in range(10)], [random.randrange(-50, 50, 5) for _ in range(5)])
print([random.randrange(10, 0, -2) for _ in range(5)], random.randrange(2 ** 80), random.randrange(10 ** 30, 10 ** 30 + 5))
print([random.choice('abcdefghij') for _ in range(10)], random.choice(range(1000)), random.choice((None, True)))
deck = [rank + suit for suit in 'SHDC' for rank in 'A23456789TJQK']
random.shuffle(deck)
print(deck[:13])
print(random.sample(range(1000), 8), random.sample(deck, 5), random.sample(range(10 ** 9), 3))
print(random.sample(['red', 'blue'], counts=[4, 2], k=5), random.sample(range(30), 30)[:10])
print(random.choices(['win', 'lose', 'draw'], k=8))
print(random.choices(['win', 'lose', 'draw'], [18, 18, 2], k=8))
print(random.choices(range(5), cum_weights=[1, 2, 10, 11, 20], k=8))
print([round(random.uniform(-1, 1), 12) for _ in range(3)], random.uniform(10, 10))
print(random.triangular(), random.triangular(0, 100), random.triangular(0, 100, 90), random.triangular(5, 5, 5))
print([random.gauss() for _ in range(3)], random.gauss(100, 15), random.gauss(mu=1, sigma=0))
print([random.normalvariate() for _ in range(2)], random.normalvariate(50, 10), random.lognormvariate(0, 0.5))
print(random.expovariate(1), random.expovariate(0.1), random.vonmisesvariate(0, 0), random.vonmisesvariate(3.0, 4.0))
print(random.gammavariate(0.3, 1), random.gammavariate(1, 2), random.gammavariate(7.5, 0.5), random.betavariate(0.5, 0.5))
print(random.betavariate(5, 1), random.paretovariate(2.5), random.weibullvariate(2, 0.5))
print([random.getrandbits(k) for k in (1, 7, 31, 32, 33, 63, 64, 65, 200)])
print(random.randbytes(0), random.randbytes(7), len(random.randbytes(100)))

for s in [0, 1, -1, 2 ** 32, 2 ** 32 - 1, 10 ** 40, -(10 ** 40), True, 2.5, -0.0, 'text', '', 'ünïcode', b'bytes', b'']:
    random.seed(s)
    print(repr(s), random.random(), random.getrandbits(20))
random.seed('legacy', version=1)
print(random.random())
random.seed(b'legacy bytes', version=1)
print(random.random())

rng = random.Random(2024)
other = random.Random(2024)
print(rng.random() == other.random(), rng.randint(0, 10 ** 6), other.randint(0, 10 ** 6))
print([random.Random(n).randint(1, 1000) for n in range(10)])
