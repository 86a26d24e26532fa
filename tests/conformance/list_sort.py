# sort() and sorted() with key and reverse; stability.
nums = [5, 2, 9, 1, 5, 6, -3, 0]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), sorted([]), sorted((2, 1)))
words = ['banana', 'Apple', 'cherry', 'date', 'Elderberry', 'fig']
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: w[-1]))

# Stability: equal keys keep their original order
people = [('alice', 30), ('bob', 25), ('carol', 30), ('dave', 25), ('eve', 35)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
by_name = sorted(people)
print(by_name)
print(sorted(by_name, key=lambda p: -p[1]))

# Sorting tuples (lexicographic)
pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a'), (0, 'q')]
pairs.sort()
print(pairs)

# sort returns None
x = [3, 2, 1]
print(x.sort(), x)

# Sort floats and mixed int/float
print(sorted([2.5, 1, 3, -0.5, 2]))
print(sorted([1e10, 1e-10, 0, -1e10]))

# Sorting dict items by value
scores = {'ann': 82, 'bob': 95, 'cy': 82, 'dee': 70}
for name, score in sorted(scores.items(), key=lambda kv: kv[1], reverse=True):
    print(name, score)
print(sorted(scores), sorted(scores.values()), sorted(scores, key=scores.get))

# Custom order with a key function
order = {'low': 0, 'medium': 1, 'high': 2}
tasks = [('write', 'medium'), ('test', 'high'), ('sleep', 'low'), ('ship', 'high')]
print(sorted(tasks, key=lambda t: order[t[1]]))
print(sorted(tasks, key=lambda t: (-order[t[1]], t[0])))

# Sorting lists of lists
matrix = [[3, 1], [1, 2], [3, 0], [1, 1]]
matrix.sort()
print(matrix)
matrix.sort(key=lambda r: r[1])
print(matrix)
print(sorted(matrix, key=sum))

# Sorting strings with absolute value and abs key
vals = [-7, 3, -1, 4, -4, 0]
print(sorted(vals, key=abs), sorted(vals, key=abs, reverse=True))
print(max(vals, key=abs), min(vals, key=abs))

# Selection sort by hand vs builtin
data = [29, 10, 14, 37, 13, 5, 88]
work = data[:]
for i in range(len(work)):
    m = i
    for j in range(i + 1, len(work)):
        if work[j] < work[m]:
            m = j
    work[i], work[m] = work[m], work[i]
print(work, work == sorted(data))
print(sorted('hello world'), ''.join(sorted('hello world')).strip())
print(sorted([True, False, True, 0, 1]))
