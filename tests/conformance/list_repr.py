# repr of lists, including nested and strings with quotes, and recursion.
print([])
print([1, 2, 3])
print(['a', "b", 'it\'s', "say \"hi\"", 'both \' and "'])
print([1.5, -0.0, None, True, 'x', b'y'])
print([[1, 2], [3, [4, [5, []]]]])
print([(1,), (), (1, 2)], [{}, {1: 'a'}, set(), {1}])
print(['new\nline', 'tab\t', 'back\\slash', 'é', '\x00'])
print(str([1, 'a']), repr([1, 'a']), str(['a']) == repr(['a']))
print([range(3), slice(1, 2), frozenset()])
print(len(str([1, 2, 3])), str([None]))

# Recursive structures
l = []
l.append(l)
print(l)
m = [1, 2]
m.append(m)
print(m)
print(m[2][2][0])
n = [1, [2, 3]]
n[1].append(n)
print(n)
d = {'a': 1}
d['self'] = d
print(d)
x = [d, l]
print(x)
t = ([],)
t[0].append(t)
print(t)
a = []
b = [a]
a.append(b)
print(a, b)

# The same object twice is not recursion
inner = [0]
outer = [inner, inner]
print(outer)
inner.append(1)
print(outer)

# Pretty printing a list of records
records = [['id', 'name'], [1, "O'Brien"], [2, 'Smith']]
for r in records:
    print(r)
print(records)
