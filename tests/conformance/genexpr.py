# Generator expressions and lazy iteration.
print(sum(x * x for x in range(10)))
print(sum(x for x in range(100) if x % 7 == 0))
print(max(len(w) for w in 'a bb ccc dd'.split()))
print(min(abs(x - 10) for x in [3, 8, 14, 22]))
print(any(c.isdigit() for c in 'abc1'), all(c.isalpha() for c in 'abc1'))
print(list(x + 1 for x in range(5)), tuple(c for c in 'hey'), set(x % 3 for x in range(10)))
print(dict((k, k * 2) for k in 'ab'), sorted(x % 4 for x in range(10)))
print(', '.join(str(n) for n in range(5)), ''.join(c.upper() for c in 'abc'))

# A generator expression is an iterator: consumed once
g = (n * 10 for n in range(4))
print(type(g).__name__)
print(next(g), next(g))
print(list(g))
print(list(g))
print(next(g, 'exhausted'))

# Laziness: elements are produced on demand
log = []
def track(v):
    log.append(v)
    return v
gen = (track(v) for v in range(5))
print(log)
print(next(gen), log)
print(next(gen), log)
print(sum(gen), log)

# any() short-circuits over a generator
log.clear()
print(any(track(v) > 2 for v in range(10)), log)

# Loop variable does not leak from a generator expression
v = 'unchanged'
total = sum(v for v in range(4))
print(v, total)

# Nested generator expressions
matrix = [[1, 2], [3, 4], [5, 6]]
print(sum(sum(x for x in row) for row in matrix))
print(list(x * y for x in range(1, 4) for y in range(1, 4) if x < y))

# Generator as function argument without extra parentheses
print(sorted((w for w in ['pear', 'Fig', 'apple']), key=str.lower))
print(max((len(w), w) for w in ['pear', 'fig', 'apple', 'kiwi']))

# zip / map / filter / enumerate / reversed are lazy iterators too
z = zip([1, 2, 3], 'abc')
print(next(z), list(z))
m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m), list(m))
f = filter(lambda x: x > 1, [0, 1, 2, 3])
print(list(f))
e = enumerate('xy', start=5)
print(next(e), next(e), next(e, None))
it = iter([10, 20])
print(next(it), next(it), next(it, 'done'))
r = reversed([1, 2, 3])
print(list(r), list(r))

# Averages with generator expressions
scores = {'ann': [90, 80], 'bob': [70, 75, 80], 'cy': [100]}
averages = {name: sum(s) / len(s) for name, s in scores.items()}
print(averages)
print(sum(len(s) for s in scores.values()), max(averages, key=averages.get))
print(sum(1 for _ in range(1000)), sum(x for x in []), sum((x for x in [1.5, 2.5]), 10))
