# dict methods: get setdefault pop update keys values items copy clear popitem.
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.get('a', 99))
print(d.setdefault('c', 3), d.setdefault('a', 100), d)
print(d.setdefault('n'), d)
print(d.pop('n'), d.pop('missing', 'default'), d)
d.update({'b': 20, 'd': 4})
print(d)
d.update([('e', 5)], f=6)
print(d)
d.update(g=7)
print(d)
print(d.keys())
print(d.values())
print(d.items())
print(list(d.keys()), list(d.values()), list(d.items())[:2])
print(len(d.keys()), 'a' in d.keys(), 20 in d.values(), ('a', 1) in d.items())
print(d.popitem(), d)
c = d.copy()
c['a'] = 'changed'
print(d['a'], c['a'])
c.clear()
print(c, d)

# keys views are live
k = d.keys()
d['z'] = 26
print(k, len(k))
del d['z']
print(k)

# Empty views
e = {}
print(e.keys(), e.values(), e.items())

# Merging configuration layers
defaults = {'host': 'localhost', 'port': 8080, 'debug': False}
user = {'port': 9000, 'debug': True}
env = {'host': 'example.org'}
config = {}
for layer in [defaults, user, env]:
    config.update(layer)
print(config)
print(defaults | user, {**defaults, **env})
merged = dict(defaults)
merged |= {'extra': 1}
print(merged)

# Using get for counting
counts = {}
for ch in 'abracadabra':
    counts[ch] = counts.get(ch, 0) + 1
print(counts)

# setdefault for multimaps
edges = [(1, 2), (1, 3), (2, 3), (3, 1), (2, 4)]
graph = {}
for src, dst in edges:
    graph.setdefault(src, []).append(dst)
print(graph)

# pop while iterating a copy of the keys
stock = {'apples': 0, 'pears': 3, 'plums': 0, 'kiwis': 7}
for name in list(stock):
    if stock[name] == 0:
        stock.pop(name)
print(stock)

# items() with sorting and unpacking
prices = {'tea': 2.5, 'coffee': 3.0, 'juice': 4.25, 'water': 1.0}
for item, price in sorted(prices.items(), key=lambda kv: kv[1]):
    print(item, price)
print(sum(prices.values()), max(prices.items(), key=lambda kv: kv[1]))
print(dict(sorted(prices.items())))
print({k: v for k, v in prices.items() if v > 2})

# dict(zip(...)) and reversing
keys = ['one', 'two', 'three']
vals = [1, 2, 3]
table = dict(zip(keys, vals))
print(table, dict(zip(vals, keys)))
print(list(reversed(table)), list(reversed(table.items())))
