# ranges beyond 64-bit ints: len, indexing, membership, slicing, iteration, equality, reversed.
big = range(10 ** 20)
print(big, range(-10 ** 20, 10 ** 20, 3), range(0, 10 ** 20, 10 ** 19), big.start, big.stop, big.step)
print(len(range(10 ** 18)), big[-1] == 10 ** 20 - 1, big[-1], big[10 ** 19], big[0], bool(big), bool(range(10 ** 20, 0)))
print(10 ** 19 in big, -1 in big, 10 ** 20 in big, 10 ** 20 - 1 in big, 9 in range(0, 10 ** 20, 3), 10 in range(0, 10 ** 20, 3))
print(big[::2], big[5:10], big[::-1], big[-3:], list(big[-3:]), big[1:-1:10 ** 19], list(big[1:-1:10 ** 19]))
print(list(range(10 ** 20, 10 ** 20 + 5)), list(range(10 ** 20 + 5, 10 ** 20, -2)), list(range(0, 10 ** 20, 3 * 10 ** 19)))
print(list(reversed(range(10 ** 20, 10 ** 20 + 3))), next(iter(range(10 ** 20, 10 ** 21))), sum(range(10 ** 20, 10 ** 20 + 3)))
print(max(range(10 ** 20, 10 ** 20 + 5)), min(range(-10 ** 20, 0, 10 ** 19)), sorted(range(10 ** 20, 10 ** 20 - 3, -1)))
print(big == range(0, 10 ** 20), big == range(10 ** 20 + 1), range(10 ** 20, 10 ** 20 + 1) == range(10 ** 20, 10 ** 20 + 1, 7))
print(hash(big) == hash(range(0, 10 ** 20, 1)), hash(range(0)) == hash(range(10 ** 20, 0)), len({big, range(10 ** 20)}))
print(big.index(10 ** 19), big.count(10 ** 19), big.count(-5), range(0, 10, 10 ** 20), list(range(0, 10, 10 ** 20)))
print(list(range(5, -10 ** 20, -4 * 10 ** 19)), range(3)[1:2:10 ** 30], range(10 ** 12)[10 ** 11::10 ** 10])
print(type(iter(big)).__name__, type(iter(range(10))).__name__)

# around the 64-bit boundary
print(-2 ** 63 in range(-2 ** 63, 2 ** 63 - 1), list(range(2 ** 63 - 3, 2 ** 63 + 2)), range(2 ** 63 - 1)[-1])
print(range(1, 2 ** 64, 2 ** 62), list(range(1, 2 ** 64, 2 ** 62)), len(range(1, 2 ** 64, 2 ** 62)))
print(list(range(-2 ** 63, 2 ** 63 - 1, 2 ** 62)), list(reversed(range(-2 ** 63, 2 ** 63 - 1, 2 ** 62))))
print(list(reversed(range(0, -2 ** 63 - 1, -2 ** 63))), len(range(0, 10 ** 12, 7)), range(0, 10 ** 12, 7)[10 ** 9])
for i in range(2 ** 64 - 2, 2 ** 64 + 1):
    print(i, end=' ')
for i in range(10 ** 20, 10 ** 20 - 20, -7):
    print(i, end=' ')
print()
total = 0
for i in range(-2 ** 63, -2 ** 63 + 3):
    total += i
print(total)


def check(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


check('len(big)', lambda: len(big))
check('len(range(-2**63, 2**63-1))', lambda: len(range(-2 ** 63, 2 ** 63 - 1)))
check('big[10**20]', lambda: big[10 ** 20])
check('range(10)[10**20]', lambda: range(10)[10 ** 20])
check('range(10)[-10**20]', lambda: range(10)[-10 ** 20])
check('big.index(-1)', lambda: big.index(-1))
check('step 0', lambda: range(10 ** 20, 0, 0))
check('range(1.5)', lambda: range(1.5))
