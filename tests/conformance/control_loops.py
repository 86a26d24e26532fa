# while / for loops with else, break, continue, pass.
i = 0
while i < 5:
    print('while', i)
    i += 1
else:
    print('while finished normally, i =', i)

i = 0
while True:
    i += 1
    if i == 3:
        continue
    if i > 5:
        break
    print('loop', i)
print('after break', i)

# for-else: else runs only if no break
def find_first_even(nums):
    for n in nums:
        if n % 2 == 0:
            print('found', n)
            break
    else:
        print('no even number in', nums)

find_first_even([1, 3, 4, 5])
find_first_even([1, 3, 5])
find_first_even([])

# while-else with break
n = 10
while n > 0:
    n -= 3
    if n == 4:
        print('hit 4, breaking')
        break
else:
    print('never printed')
n = 10
while n > 0:
    n -= 3
else:
    print('while-else ran, n =', n)

# Prime test with for-else
for candidate in range(2, 30):
    for d in range(2, candidate):
        if candidate % d == 0:
            break
    else:
        print(candidate, end=' ')
print()

# Nested loops with break out of inner only
for a in range(1, 4):
    for b in range(1, 4):
        if b > a:
            break
        print((a, b), end=' ')
    print('| end of a =', a)

# continue skipping odd numbers
evens = []
for k in range(10):
    if k % 2:
        continue
    evens.append(k)
print(evens)

# pass as a placeholder
for k in range(3):
    pass
print('k after loop', k)

# Loop variable persists after the loop
for letter in 'xyz':
    pass
print(letter)

# Iterating over different iterables
for ch in 'ab':
    print('char', ch)
for key in {'one': 1, 'two': 2}:
    print('key', key)
for item in (1, 'two', 3.0):
    print('item', item)
for pos, ch in enumerate('hey', start=1):
    print(pos, ch)

# Nested loop search with flag and else
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
target = 6
for r, row in enumerate(matrix):
    for c, val in enumerate(row):
        if val == target:
            print('found', target, 'at', r, c)
            break
    else:
        continue
    break

# Loop modifying a list copy
nums = [1, 2, 3, 4, 5, 6]
for n in nums[:]:
    if n % 3 == 0:
        nums.remove(n)
print(nums)

# Counting iterations of a while loop (Collatz)
n = 27
steps = 0
peak = n
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    peak = max(peak, n)
    steps += 1
print('steps', steps, 'peak', peak)

# Empty loops never run the body but run else
for _ in []:
    print('never')
else:
    print('empty for-else')
while False:
    print('never')
else:
    print('empty while-else')
