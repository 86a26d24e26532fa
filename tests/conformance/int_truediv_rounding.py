# int / int is rounded once to the nearest float (ties to even), however large the operands
import random

cases = [(12815528992880363, 17179869184), (2 ** 53 + 1, 2), (2 ** 54 + 3, 4), (2 ** 54 + 6, 4),
         (10 ** 30 + 1, 10 ** 15), (1, 3), (-(10 ** 40), 7), (1, 2 ** 1074), (1, 2 ** 1075), (3, 2 ** 1076),
         (1, 3 * 2 ** 1070), (2 ** 1100, 3 * 2 ** 80), (0, -(2 ** 70)), (-1, 2 ** 2000), (0, -3)]
for a, b in cases:
    print(a.bit_length(), b.bit_length(), repr(a / b))
for a, b in [(2 ** 1024, 2), (10 ** 400, 1)]:
    try:
        a / b
    except OverflowError as e:
        print('OverflowError:', e)
rng = random.Random(12)
digest = 0
for _ in range(3000):
    a = rng.getrandbits(rng.randrange(1, 140)) * rng.choice((1, -1))
    b = (rng.getrandbits(rng.randrange(1, 140)) or 1) * rng.choice((1, -1))
    q = a / b
    digest = (digest * 31 + hash(q)) % (2 ** 61 - 1)
print(digest)
