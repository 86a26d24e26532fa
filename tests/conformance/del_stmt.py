# del on names, list items, slices, dict keys, and multiple targets.
a = 1
b = [1, 2, 3]
print('a' in dir(), 'b' in dir())
del a
print('a' in dir(), 'b' in dir())

nums = list(range(10))
del nums[0]
print(nums)
del nums[-1]
print(nums)
del nums[1:3]
print(nums)
del nums[::2]
print(nums)
del nums[:]
print(nums)

d = {'x': 1, 'y': 2, 'z': 3}
del d['y']
print(d)
d['y'] = 4
print(d)

x, y, z = 1, 2, 3
del x, y
print('x' in dir(), 'y' in dir(), z)

matrix = [[1, 2, 3], [4, 5, 6]]
del matrix[0][1]
del matrix[1][:2]
print(matrix)

nested = {'a': {'b': 1, 'c': 2}}
del nested['a']['b']
print(nested)

# del inside a function removes the local
def f():
    v = 10
    w = 20
    del v
    return w, 'v' in dir()
print(f())

# Re-binding after del
name = 'first'
del name
name = 'second'
print(name)

# del of list elements while iterating backwards
data = [5, 1, 8, 3, 9, 2]
for i in range(len(data) - 1, -1, -1):
    if data[i] < 4:
        del data[i]
print(data)

# del in a loop over dict keys (copy first)
scores = {'a': 50, 'b': 80, 'c': 30, 'd': 90}
for k in list(scores):
    if scores[k] < 60:
        del scores[k]
print(scores)

# del of a global from inside a function
counter = 5
def drop():
    global counter
    del counter
drop()
print('counter' in dir())
lst = [0, 1, 2, 3]
del lst[1], lst[1]
print(lst)
