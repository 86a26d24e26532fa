# itertools: infinite iterators, combinatorics, grouping and slicing in everyday use.
import itertools
from itertools import (accumulate, chain, combinations, combinations_with_replacement, compress, count, cycle,
                       dropwhile, filterfalse, groupby, islice, pairwise, permutations, product, repeat, starmap,
                       takewhile, tee, zip_longest)
import operator

# Infinite iterators, cut with islice or zip.
print(list(islice(count(), 5)), list(islice(count(10, 5), 4)), list(islice(count(1.5, 0.25), 3)))
print(list(zip('abc', count(1))), repr(count(3)), repr(count(2, 3)), repr(count(0, 1.0)))
c = count(7)
next(c)
print(repr(c), list(islice(cycle('AB'), 5)), list(cycle([])))
print(list(repeat('x', 3)), list(repeat(1, -2)), repr(repeat('z')), repr(repeat('z', 2)))
print(list(map(pow, range(5), repeat(2))))

# Accumulating and chaining.
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([1, 2], initial=100)), list(accumulate([])))
print(list(chain('ab', [1, 2], (3,))), list(chain.from_iterable([[1], [2, 3], []])), list(chain()))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(starmap(pow, [(2, 5), (3, 2)])))

# Filtering.
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None])))

# Grouping consecutive items.
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, _ in groupby('AAAABBBCCD')])
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
for letter, group in groupby(sorted(words), key=lambda w: w[0]):
    print(letter, list(group))
runs = [(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])]
print(runs)
groups = list(groupby('aabbc'))
print([(k, list(g)) for k, g in groups])  # earlier groups are exhausted once groupby moves on

# Slicing iterators.
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)), list(islice(range(100), 10, 30, 7)))
it = iter(range(10))
print(list(islice(it, 3)), next(it), list(islice(it, 2, 4)), next(it))
for bad in [(-1,), (1, -5), (0, 5, 0), ('x',)]:
    try:
        islice('abc', *bad)
    except ValueError as e:
        print('ValueError:', e)

# Pairs, copies and padding.
print(list(pairwise('ABCDE')), list(pairwise('A')))
a, b = tee(iter([1, 2, 3, 4]))
print(next(a), next(a), list(b), list(a))
x, y, z = tee(range(3), 3)
print(list(x), list(y), list(z), tee('ab', 0))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest([1], [2, 3], [])))

# Combinatorics.
print(list(product('ab', range(2))), len(list(product(range(3), repeat=3))))
print([''.join(p) for p in permutations('abc')], list(permutations(range(3), 2)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('ab', 3)))
print(list(combinations_with_replacement('ABC', 2)))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))))
print(sum(1 for p in permutations(range(5)) if all(p[i] != i for i in range(5))))  # derangements of 5
try:
    list(combinations('abc', -1))
except ValueError as e:
    print('ValueError:', e)

# A small pipeline: sliding window averages and pairwise differences.
def window(seq, n):
    its = tee(seq, n)
    for i, it in enumerate(its):
        for _ in range(i):
            next(it, None)
    return zip(*its)


data = [3, 5, 8, 13, 21, 34]
print([sum(w) / len(w) for w in window(data, 3)], [b - a for a, b in pairwise(data)])
print(dict(zip(itertools.count(), 'xyz')), list(itertools.chain(*[[1, 2], [3]])))
