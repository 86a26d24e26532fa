# List, dict and set comprehensions, nested and filtered.
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0])
print([x if x % 2 else -x for x in range(6)])
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print([ch.upper() for ch in 'hello' if ch not in 'aeiou'])
print([len(w) for w in 'the quick brown fox'.split()])
print([n for n in range(2, 50) if all(n % d for d in range(2, n))])

# Flatten a matrix and transpose it
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]
print([v for row in matrix for v in row])
print([[row[i] for row in matrix] for i in range(3)])
print([sum(row) for row in matrix], [max(col) for col in zip(*matrix)])

# Dict comprehensions
print({x: x ** 2 for x in range(6)})
words = ['apple', 'banana', 'cherry', 'date']
print({w: len(w) for w in words})
print({w[0]: w for w in words if len(w) > 4})
print({v: k for k, v in {'a': 1, 'b': 2, 'c': 3}.items()})
print({i: [j for j in range(i)] for i in range(4)})
print({(i, j): i * j for i in range(2) for j in range(2)})

# Set comprehensions (small ints print deterministically)
print({x % 5 for x in range(20)})
print({len(w) for w in words})
print(sorted({w[-1] for w in words}))

# Comprehension variables do not leak
x = 'outer x'
squares = [x * 2 for x in range(3)]
print(x, squares)
i = 'outer i'
d = {i: i for i in range(2)}
print(i, d)
s = {i for i in range(3)}
print(i, s)

# Comprehension closures capture the comprehension variable's final value
funcs = [lambda: k for k in range(3)]
print([f() for f in funcs])

# Outer variables are visible inside
factor = 3
print([v * factor for v in range(4)])
limit = 10
print([v for v in range(100) if v * v < limit])

# Nested comprehension with condition on both levels
pairs = [(a, b) for a in range(1, 6) if a % 2 for b in range(a, 6) if (a + b) % 3 == 0]
print(pairs)

# Pythagorean triples
print([(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c])

# Building a multiplication table string
table = '\n'.join(' '.join(str(r * c).rjust(3) for c in range(1, 6)) for r in range(1, 6))
print(table)

# Comprehension over dict items with unpacking
stock = {'apple': 5, 'pear': 0, 'fig': 12, 'plum': 0}
print([name for name, qty in stock.items() if qty == 0])
print({name: qty * 2 for name, qty in stock.items() if qty})

# Comprehension over strings with enumerate and zip
print([(i, c) for i, c in enumerate('abc')])
print([a + b for a, b in zip('abc', 'xyz')])
print({k: v for k, v in zip(range(3), 'abc')})
print([[0] * 3 for _ in range(2)])
print([y for x in [[1, 2], [3], []] for y in x])
