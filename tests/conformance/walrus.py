# Assignment expressions (:=).
data = [4, 8, 15, 16, 23, 42]
if (n := len(data)) > 5:
    print('list has', n, 'elements')

# In a while loop consuming a list
queue = [3, 1, 4, 1, 5]
total = 0
while (item := queue.pop()) != 4:
    total += item
print('total before 4:', total, 'left:', queue)

# In comprehensions: the target leaks to the enclosing scope
values = [y for x in data if (y := x * 2) > 20]
print(values, y)
print([last := v for v in range(5)], last)

# Reusing an expensive result
def slow_square(v):
    return v * v
results = [s for v in range(10) if (s := slow_square(v)) % 3 == 0]
print(results)

# Walrus inside an expression
print((a := 10) + a, a)
print(z := 5, z)
w = (b := 3) * (c := 4)
print(w, b, c)

# Processing lines until a sentinel
lines = ['alpha', 'beta', 'STOP', 'gamma']
idx = 0
collected = []
while (line := lines[idx]) != 'STOP':
    collected.append(line.upper())
    idx += 1
print(collected, idx)

# Walrus in any()/all() to capture a witness
nums = [7, 9, 12, 15]
if any((first_even := v) % 2 == 0 for v in nums):
    print('first even', first_even)
if all((checked := v) < 10 for v in nums):
    print('all small')
else:
    print('stopped at', checked)

# Counting matches in a loop
text = 'a1b22c333d'
digits = 0
for ch in text:
    if (is_d := ch.isdigit()):
        digits += 1
print(digits, is_d)

# Nested walrus in conditional expression
def describe(v):
    return 'big' if (half := v // 2) > 10 else 'small:' + str(half)
print(describe(30), describe(8))
