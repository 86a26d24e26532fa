# List methods: append extend insert pop remove index count sort reverse.
nums = [3, 1, 4]
nums.append(1)
nums.append(5)
print(nums, len(nums))
nums.extend([9, 2, 6])
print(nums)
nums.extend((5, 3))
nums.extend(range(2))
nums.extend('ab')
print(nums)
nums.insert(0, 'first')
nums.insert(3, 'mid')
nums.insert(100, 'end')
nums.insert(-1, 'before end')
nums.insert(-100, 'very first')
print(nums)
print(nums.pop(), nums.pop(0), nums.pop(2), nums.pop(-2))
print(nums)
nums.remove('first')
nums.remove('a')
nums.remove(1)
print(nums)
print(nums.index(5), nums.index(5, 4), nums.index(3), nums.count(5), nums.count(7), nums.count(3))

# A stack and a queue
stack = []
for i in range(5):
    stack.append(i * 10)
while stack:
    print('pop', stack.pop(), 'left', stack)
queue = ['a', 'b', 'c']
queue.append('d')
print(queue.pop(0), queue.pop(0), queue)

# Reversing
r = [1, 2, 3, 4, 5]
r.reverse()
print(r, r.reverse(), r)
print(list(reversed(r)), r[::-1])

# Copying vs aliasing
a = [1, [2, 3]]
b = a
c = a.copy()
d = a[:]
e = list(a)
a.append(4)
a[1].append(99)
print(a, b, c, d, e)
print(a is b, a is c, a == c, c == d, a[1] is c[1])
a.clear()
print(a, b, len(b))

# in / not in, min / max / sum
scores = [88, 92, 75, 92, 60]
print(92 in scores, 100 in scores, 100 not in scores)
print(min(scores), max(scores), sum(scores), sum(scores) / len(scores))
print(scores.index(max(scores)), scores.count(92))

# Building a list of lists
grid = []
for r in range(3):
    row = []
    for c in range(4):
        row.append(r * 4 + c)
    grid.append(row)
print(grid)
print(grid[1], grid[2][3], grid[-1][-1], [row[0] for row in grid])

# The classic gotcha
bad = [[0] * 3] * 3
bad[0][0] = 1
print(bad)
good = [[0] * 3 for _ in range(3)]
good[0][0] = 1
print(good)

# Operators
print([1, 2] + [3], [0] * 5, [1, 2] * 2, [] * 10, 2 * ['x'])
x = [1]
x += [2, 3]
x *= 2
print(x)
x += 'ab'
print(x)

# Deduplicating while preserving order
items = [3, 1, 3, 2, 1, 5, 2, 3]
seen = []
for it in items:
    if it not in seen:
        seen.append(it)
print(seen)

# List equality and comparison
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 2, 3], [2] > [1, 9, 9], [1, 2] != [2, 1], [] < [0])
print(list(), list('abc'), list(range(3)), list((1, 2)), list({'k': 1, 'j': 2}))
