# range objects: repr, len, indexing, slicing, membership, negative steps.
print(range(5), range(1, 10), range(0, 10, 2), range(10, 0, -1), range(0))
print(list(range(5)), list(range(2, 8)), list(range(0, 20, 5)), list(range(5, 0, -1)))
print(list(range(10, 0, -3)), list(range(0)), list(range(5, 5)), list(range(5, 1)), list(range(-3, 3)))
print(len(range(10)), len(range(1, 10, 2)), len(range(10, 0, -3)), len(range(0)), len(range(5, 1)))
r = range(3, 30, 4)
print(r[0], r[1], r[-1], r[-2], len(r))
print(r[1:4], r[::-1], r[::2], list(r[1:4]), list(r[::-1]))
print(7 in r, 8 in r, 27 in r, 31 in r, -1 in range(-5, 0), 0 in range(0))
print(r.index(11), r.count(11), r.count(12), r.start, r.stop, r.step)
print(range(0, 10, 3) == range(0, 12, 3), range(0) == range(5, 1), range(3) == range(0, 3))
print(list(reversed(range(4))), sum(range(101)), max(range(7)), min(range(3, 9)))
print(range(10 ** 20)[-1], len(range(10 ** 18)), 10 ** 19 in range(10 ** 20))
print(str(range(2, 5)), repr(range(-1, -10, -2)), list(range(-1, -10, -2)))

# Counting down and up
for i in range(3, 0, -1):
    print('countdown', i)
for i in range(0, 100, 33):
    print('up', i)

# Loop with index over a list
names = ['ann', 'bob', 'cy']
for i in range(len(names)):
    print(i, names[i])
for i in range(len(names) - 1, -1, -1):
    print('reverse', i, names[i])

# Sum of multiples of 3 or 5 below 1000
print(sum(n for n in range(1000) if n % 3 == 0 or n % 5 == 0))

# Multiplication table
for i in range(1, 6):
    row = ''
    for j in range(1, 6):
        row += str(i * j).rjust(4)
    print(row)

# Ranges are reusable and lazy
r2 = range(4)
print(list(r2), list(r2), [x * x for x in r2])
big = range(0, 10 ** 12, 7)
print(len(big), big[10 ** 9], 7 * 10 ** 9 in big)
print(type(range(1)), type(range(1)).__name__, bool(range(0)), bool(range(1)))
