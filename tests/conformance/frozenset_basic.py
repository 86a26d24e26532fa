# frozenset: immutable, hashable sets of ints.
fs = frozenset([3, 1, 2, 3])
print(fs, len(fs), 2 in fs, 5 in fs)
print(frozenset(), frozenset(range(4)), frozenset({7}))
print(repr(frozenset([1])), str(frozenset([1, 2])))
print(fs | {4}, fs & {1, 9}, fs - {1}, fs ^ {1, 5})
print(type(fs | {4}).__name__, type({4} | fs).__name__)
print(fs == {1, 2, 3}, fs == frozenset({3, 2, 1}), fs <= {0, 1, 2, 3}, fs < fs)
print(hash(fs) == hash(frozenset([1, 2, 3])))

# frozensets as dict keys and set members
groups = {frozenset([1, 2]): 'a', frozenset([3]): 'b'}
print(groups[frozenset([2, 1])], frozenset([3]) in groups, frozenset([4]) in groups)
nested = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(nested))

# Unique pairs using frozensets
pairs = [(1, 2), (2, 1), (3, 4), (4, 3), (1, 3)]
seen = []
for p in pairs:
    key = frozenset(p)
    if key not in seen:
        seen.append(key)
print(seen)
print([sorted(k) for k in seen])

# Operations with methods
base = frozenset([1, 2, 3, 4])
print(base.union([5]), base.intersection([2, 4, 6]), base.difference([1]))
print(base.issubset(range(10)), base.issuperset([1, 2]), base.isdisjoint([7]))
print(sorted(base, reverse=True), sum(base), min(base), max(base))
print(frozenset('') == frozenset(), bool(frozenset()), bool(base))
print(set(base) == base, frozenset(set([1])) == {1})
