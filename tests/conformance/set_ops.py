# Sets of small ints: operators, methods, subset tests.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a, b)
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(len(a), 3 in a, 7 in a, 7 not in a)
print(set(), set([3, 1, 2]), set(range(5)), set('aaa'), {0})
s = {5, 3, 1}
print(s)
s.add(2)
s.add(3)
print(s)
s.discard(5)
s.discard(42)
print(s)
s.remove(1)
print(s, len(s))
s.update([7, 6])
print(s)
print(sorted(s), min(s), max(s), sum(s))

# Subsets and supersets
small = {1, 2}
big = {1, 2, 3}
print(small <= big, small < big, big >= small, big > small, big <= big, big < big)
print(small.issubset(big), big.issuperset(small), small.isdisjoint({5, 6}), small.isdisjoint(big))
print({1, 2} == {2, 1}, {1} != {1, 2}, set() < {1})

# In-place operators
x = {1, 2, 3}
x |= {4}
print(x)
x &= {2, 3, 4, 5}
print(x)
x -= {3}
print(x)
x ^= {4, 6}
print(x)

# Deduplicating numbers
nums = [4, 1, 4, 2, 1, 7, 2, 0]
unique = set(nums)
print(unique, len(unique), sorted(unique))

# Common divisors
def divisors(n):
    return {d for d in range(1, n + 1) if n % d == 0}
print(sorted(divisors(12)), sorted(divisors(18)), sorted(divisors(12) & divisors(18)))
print(max(divisors(12) & divisors(18)))

# Set comprehension and membership speed-up
evens = {n for n in range(10) if n % 2 == 0}
print(evens)
odds = set(range(10)) - evens
print(odds)
print(evens | odds == set(range(10)), evens & odds)

# Pop from a set of one element, clear
one = {42}
print(one.pop(), one)
c = {1, 2, 3}
c.clear()
print(c, type(c).__name__)
print({True, 1, 1.0}, {0, False}, len({1, True, 1.0}))
print(set([1, 2]) | frozenset([3]), frozenset([3]) | set([1, 2]))
print(sorted({10, 20, 30} - {20}))

# CPython prints sets in hash-table order, not sorted order: an int hashes to itself,
# goes to slot (value % table size) and collisions probe the next slots, so the order
# of larger ints depends on the table size and on the insertion order.
print({9, 4}, {4, 9}, {10, 2}, {2, 10}, {8, 1, 16}, set(range(10, 0, -1)))
