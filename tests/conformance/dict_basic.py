# Dictionaries: insertion order, keys of several types, repr, del, in.
d = {}
d['banana'] = 3
d['apple'] = 1
d['cherry'] = 2
print(d, len(d))
d['banana'] = 30
print(d)
del d['apple']
print(d)
d['apple'] = 100
print(d, list(d))
print('apple' in d, 'grape' in d, 'grape' not in d, 30 in d)
print({}, {1: 'a'}, {'k': 'v', 'quote': "it's"}, {(1, 2): [3], None: None, 1.5: True})
print({1: 'int', 'str': 2, (3, 4): 'tuple', True: 'replaces 1', 1.0: 'also 1'})
print(dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict(zip('abc', range(3))), dict())
print(dict({'a': 1}, b=2), dict(zip(['k1', 'k2'], [[1], [2]])))
print(dict.fromkeys(['a', 'b'], 0), dict.fromkeys('xy'))

# Equality ignores order
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {'a': 1} != {'a': 1.0})

# Iteration order follows insertion
inventory = {'pens': 12, 'paper': 500, 'clips': 100}
for key in inventory:
    print(key, inventory[key])
for key, value in inventory.items():
    print(key.upper(), value * 2)
inventory['erasers'] = 5
del inventory['pens']
inventory['pens'] = 1
print(list(inventory.keys()), list(inventory.values()))

# Integer keys keep insertion order too
squares = {}
for n in [5, 3, 9, 1, -2, 0]:
    squares[n] = n * n
print(squares)
print(sorted(squares), sorted(squares.items()))

# Nested dicts
tree = {'root': {'left': {'value': 1}, 'right': {'value': 2, 'extra': [1, 2]}}}
print(tree)
print(tree['root']['right']['extra'][1])
tree['root']['left']['value'] += 10
print(tree['root']['left'])

# Grouping by first letter
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)

# Inverting a mapping
colors = {'red': 1, 'green': 2, 'blue': 3}
inverse = {}
for name, code in colors.items():
    inverse[code] = name
print(inverse)

# Counting
text = 'the quick the lazy the end quick'
freq = {}
for word in text.split():
    if word in freq:
        freq[word] += 1
    else:
        freq[word] = 1
print(freq)
print(max(freq, key=freq.get), min(freq.values()))
print(len({}), len({'a': 1, 'b': 2}), bool({}), bool({0: 0}))
print(str({'a': [1, {'b': (2,)}]}), repr({'x': 'y'}))
