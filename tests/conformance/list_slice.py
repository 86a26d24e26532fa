# Slicing lists, slice assignment and deletion.
L = list(range(10))
print(L[2:5], L[:3], L[-3:], L[::2], L[::-1], L[7:2:-2], L[100:], L[-100:2])
L2 = L[:]
L2[2:5] = ['a', 'b']
print(L2)
L2 = L[:]
L2[2:4] = ['x', 'y', 'z', 'w']
print(L2)
L2 = L[:]
L2[3:3] = [100, 200]
print(L2)
L2 = L[:]
L2[:] = []
print(L2)
L2 = L[:]
L2[::2] = ['e'] * 5
print(L2)
L2 = L[:]
L2[1::3] = 'ABC'
print(L2)
L2 = L[:]
L2[::-3] = [0, 0, 0, 0]
print(L2)
L2 = L[:]
L2[len(L2):] = [10, 11]
print(L2)
L2[:0] = [-2, -1]
print(L2)
L2[-2:] = range(3)
print(L2)

# del with indexes and slices
D = list(range(12))
del D[0]
print(D)
del D[-1]
print(D)
del D[2:4]
print(D)
del D[::2]
print(D)
del D[1:]
print(D)
D = list(range(10))
del D[::-3]
print(D)
del D[:]
print(D, len(D))

# Slices never raise for out of range bounds
E = [1, 2, 3]
print(E[5:10], E[-10:1], E[1:1], E[3:], E[2:1])

# Slicing produces shallow copies
nested = [[1, 2], [3, 4]]
copy = nested[:]
copy[0].append(9)
copy[1] = 'replaced'
print(nested, copy)

# Rotations and windows
data = [1, 2, 3, 4, 5, 6]
for k in range(3):
    print('rotate', k, data[k:] + data[:k])
print([data[i:i + 3] for i in range(len(data) - 2)])
print([sum(data[i:i + 2]) for i in range(0, len(data), 2)])

# Reverse part of a list in place
R = list(range(10))
R[2:7] = R[2:7][::-1]
print(R)

# Insert by slice assignment in a loop (sorted insert)
sorted_list = []
for v in [5, 2, 8, 1, 9, 3]:
    i = 0
    while i < len(sorted_list) and sorted_list[i] < v:
        i += 1
    sorted_list[i:i] = [v]
    print(sorted_list)

# Slice objects and indices()
s = slice(1, 9, 2)
print(s, s.start, s.stop, s.step, L[s])
print(slice(5), slice(None, None, -1), slice(1, None))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
