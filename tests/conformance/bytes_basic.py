# bytes basics: literals, len, indexing, repr, decode/encode.
b = b'hello'
print(b, len(b), b[0], b[1], b[-1], type(b[0]))
print(b[1:3], b[::-1], b[:0], b + b' world', b * 2)
print(repr(b''), repr(b'\x00\x01\xff'), repr(b'tab\tnew\nline\r'), repr(b"quote'"), repr(b'both\'"'))
print(b'abc' == b'abc', b'abc' < b'abd', b'a' in b'cat', 97 in b'cat', b'' in b'x')
print(list(b'ABC'), bytes([72, 105]), bytes(3), bytes(range(65, 70)))
print('héllo'.encode(), 'héllo'.encode('utf-8'), len('héllo'.encode()), len('héllo'))
print(b'h\xc3\xa9llo'.decode(), b'h\xc3\xa9llo'.decode('utf-8'), b'plain'.decode())
print('€'.encode(), '😀'.encode(), len('😀'.encode()), b'\xe2\x82\xac'.decode())
print('abc'.encode('ascii'), 'é'.encode('latin-1'), b'\xe9'.decode('latin-1'))
print(str(b'x'), type(b'x'), type(b'x').__name__)
print(b'\x41\x42', b'\101', bytes('abc', 'ascii'), b'A' * 3)

# Summing bytes as a checksum
data = 'The quick brown fox'.encode()
checksum = 0
for byte in data:
    checksum = (checksum + byte) % 256
print(len(data), checksum, sum(data), max(data), min(data))

# Round trip of all characters in a string
text = 'naïve café – 日本'
enc = text.encode('utf-8')
print(len(text), len(enc), enc.decode('utf-8') == text)
print(enc)
print([len(ch.encode()) for ch in text])

# Byte frequency
counts = {}
for byte in b'abracadabra':
    counts[byte] = counts.get(byte, 0) + 1
print(counts)
print({chr(k): v for k, v in counts.items()})
print(bytes(sorted(b'hello')), bytes(reversed(b'abc')))
print(hash(b'abc') == hash(b'abc'), b'abc' != 'abc', b'1' == 1)
