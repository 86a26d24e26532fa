# slice objects used explicitly.
s = slice(2, 8, 2)
print(s, s.start, s.stop, s.step)
print(slice(5), slice(1, 5), slice(None), slice(None, None, -1), slice('a', 'b'))
data = list(range(10))
text = 'abcdefghij'
print(data[s], text[s], tuple(data)[s], range(10)[s])
print(data[slice(3)], data[slice(-3, None)], data[slice(None, None, -2)])
print(s == slice(2, 8, 2), s == slice(2, 8), slice(1) == slice(None, 1, None))

# indices() normalizes against a length
print(slice(None).indices(5), slice(-2, None).indices(5), slice(0, 100).indices(5))
print(slice(None, None, -1).indices(5), slice(10, -10, -3).indices(7), slice(1, 2, 3).indices(0))

# Named slices for fixed-width records
NAME = slice(0, 8)
AGE = slice(8, 11)
CITY = slice(11, None)
records = ['alice   30 Paris', 'bob     25 Oslo', 'charlie 41 Lima']
for rec in records:
    print(repr(rec[NAME].strip()), int(rec[AGE]), rec[CITY])

# Assigning and deleting through slice objects
L = list(range(8))
L[slice(1, 3)] = ['x']
print(L)
del L[slice(None, None, 2)]
print(L)

# A list of slices
cuts = [slice(0, 3), slice(3, 6), slice(6, None)]
word = 'abcdefgh'
print([word[c] for c in cuts])
print([c.start for c in cuts], [c.stop for c in cuts])
print(type(s), type(s).__name__)
