# collections.Counter and defaultdict: counting and grouping.
from collections import Counter, defaultdict

text = 'the quick brown fox jumps over the lazy dog the end'
words = Counter(text.split())
print(words)
print(words['the'], words['missing'], words.most_common(2), len(words), words.total())
letters = Counter(c for c in text if c.isalpha())
print(letters.most_common(5))
print(sorted(Counter('abracadabra').elements()))

c = Counter(a=3, b=1)
d = Counter(a=1, b=2, c=5)
print(c + d, c - d, d - c, c | d, c & d)
print(+Counter(a=2, b=-1, c=0), -Counter(a=2, b=-1))
c.update('aab')
c.update({'z': 4})
print(c)
c.subtract(a=10, q=1)
print(c, c['a'], sorted(c))
c += Counter()
print(c)
inventory = Counter(apples=5, pears=2)
inventory -= Counter(apples=2, pears=2)
print(inventory, 'pears' in inventory)
del inventory['apples']
del inventory['kiwis']
print(inventory, repr(Counter()))
print(Counter('aab') == Counter('aba'), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2, b=1),
      Counter(a=3) > Counter(a=1), Counter('abc') < Counter('abc'))
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print('NotImplementedError:', e)
print(isinstance(words, dict), dict(Counter('ba')), list(Counter('hello').keys()))
print(Counter({'x': 2.5, 'y': 1}), Counter(['a', 'b', 'a']).most_common())

# Ties keep first-seen order.
print(Counter('bbaacc').most_common(), Counter('bbaacc').most_common(1))

# defaultdict
groups = defaultdict(list)
for word in ['apple', 'bat', 'bar', 'atom', 'book', 'cat']:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups['z'], len(groups), 'z' in groups)
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(sorted(counts.items()), counts.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested['a']['x'] += 1
nested['a']['y'] += 2
nested['b']['x'] += 3
print({k: dict(v) for k, v in nested.items()})
dd = defaultdict(None, {'k': 1})
try:
    dd['missing']
except KeyError as e:
    print('KeyError:', e)
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError:', e)
copy_ = groups.copy()
copy_['new'].append(1)
print(type(copy_).__name__, 'new' in groups, copy_.default_factory is list)
sets = defaultdict(set)
for a, b in [(1, 2), (1, 3), (2, 3), (1, 2)]:
    sets[a].add(b)
print(sorted((k, sorted(v)) for k, v in sets.items()))
print(defaultdict(int, a=1) | {'b': 2}, repr(defaultdict(str)))
