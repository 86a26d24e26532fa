# Strings: code points, concatenation, repetition, membership, comparison.
s = 'héllo'
print(len(s), s[1], s[0], s[-1], len('é'), len('日本語'), '日本語'[1])
print(len(''), len(' '), len('\n'), len('\t\\'), len('a\u00e9'), len('\U0001F600'))
print('ab' * 3, 3 * 'xy', 'ab' * 0, 'ab' * -2, '-' * 20)
print('a' + 'b' + 'c', 'abc' + '', '' + '')
print('ell' in 'hello', 'z' in 'hello', '' in 'abc', 'hello' in 'hello', 'lo' not in 'hello')
print('apple' < 'banana', 'apple' < 'Apple', 'a' < 'ab', 'abc' == 'abc', 'abc' != 'abd')
print('Z' < 'a', '10' < '9', 'é' > 'z', '' < 'a', 'abc' <= 'abc', 'b' >= 'abc')
print(max('hello'), min('hello'), sorted('banana'), sorted(['pear', 'Apple', 'apple', 'Banana']))
print(ord('a'), ord('A'), ord('é'), ord('€'), ord('😀'), chr(97), chr(233), chr(8364), chr(128512))
print('\u00e9' == 'é', 'caf\xe9', '\x41\x42', '\101', 'tab\there', 'new\\nline')
print(str(42), str(3.5), str(None), str([1, 'a']), str('x'))
print(repr('hello'), repr("it's"), repr('say "hi"'), repr('both \' and "'), repr('line\nbreak'))
print(repr('tab\t'), repr('back\\slash'), repr('\x00\x07\x1f\x7f'), repr('é€😀'), repr('\u200b'))
print(ascii('é€😀'), ascii('plain'), ascii('\n'))

# Iterating and counting characters
word = 'mississippi'
counts = {}
for ch in word:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(list('abc'), tuple('hi'), ''.join(reversed('stressed')))

# Building strings
parts = []
for i in range(5):
    parts.append(str(i * i))
print(','.join(parts), '+'.join('abc'), ''.join([]))

result = ''
for i in range(3):
    result += 'ab'
result += '!'
print(result, len(result))

# Strings are immutable: operations return new strings
t = 'Python'
u = t.upper()
print(t, u, t is not u, t == 'Python')

# Multi-line and raw strings
ml = """first line
second line
    indented third"""
print(ml)
print(len(ml.split('\n')))
raw = r'C:\new\table'
print(raw, len(raw), repr(raw))
print('adjacent' ' literals' " joined")
print('a\
b')

# Character classification by hand
text = 'Hello, World 123!'
upper = lower = digit = other = 0
for ch in text:
    if 'A' <= ch <= 'Z':
        upper += 1
    elif 'a' <= ch <= 'z':
        lower += 1
    elif '0' <= ch <= '9':
        digit += 1
    else:
        other += 1
print(upper, lower, digit, other)

# Caesar cipher
def caesar(msg, shift):
    out = ''
    for ch in msg:
        if 'a' <= ch <= 'z':
            out += chr((ord(ch) - ord('a') + shift) % 26 + ord('a'))
        else:
            out += ch
    return out
enc = caesar('attack at dawn', 3)
print(enc, caesar(enc, -3))
print(hash('abc') == hash('ab' + 'c'), 'abc' == 'ab' + 'c')
