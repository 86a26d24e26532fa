# Indexing and slicing strings.
s = 'abcdefghij'
print(s[0], s[5], s[-1], s[-10], s[len(s) - 1])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-2], s[-1:-4:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100], repr(s[2:2]))
print(s[::3], s[::-3], s[2::4], s[:5:-1], s[5::-1], s[-2::-3])
print(s[0:10:1] == s, s[10:0:-1], s[None:None:-1])

u = 'héllo wörld'
print(u[1], u[7], u[1:4], u[::-1], len(u[::2]))

# Slices with variables
for start in [0, 2, -3]:
    for stop in [None, 4, -1]:
        print(start, stop, repr(s[start:stop]))

for step in [1, 2, 3, -1, -2, -4]:
    print('step', step, s[::step])

# Palindromes
words = ['level', 'python', 'racecar', 'noon', 'abca', 'a', '']
for w in words:
    print(repr(w), w == w[::-1])

# Splitting into chunks
data = 'abcdefghijklmnopq'
chunks = [data[i:i + 5] for i in range(0, len(data), 5)]
print(chunks)

# Rotations
word = 'rotate'
for k in range(len(word)):
    print(k, word[k:] + word[:k])

# Extracting fields by position
record = '2024-03-15T10:45:30'
year, month, day = record[0:4], record[5:7], record[8:10]
hh, mm, ss = record[11:13], record[14:16], record[17:]
print(year, month, day, hh, mm, ss)
print(int(year) + 1, int(month) * 2)

# Negative indexes in loops
name = 'Guido'
for i in range(1, len(name) + 1):
    print(-i, name[-i])

# Slicing with a slice object
sl = slice(1, 8, 3)
print(s[sl], s[slice(3)], s[slice(None, None, -1)], s[slice(-4, None)])

# Emoji and astral characters count as one code point
e = 'a😀b😀c'
print(len(e), e[1], e[2], e[::2], e[-2], e.find('b'))
