# memoryview over bytes and bytearray: attributes, indexing, slicing, conversions, equality and hashing.


def attempt(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


data = b'Hello, memory!'
m = memoryview(data)
print(type(m).__name__, m.obj is data, m.nbytes, m.readonly, m.itemsize, m.format)
print(m.ndim, m.shape, m.strides, m.suboffsets, m.c_contiguous, m.f_contiguous, m.contiguous)
print(len(m), m[0], m[-1], m[7], bytes(m[7:13]))
print(repr(m).startswith('<memory at 0x'), str(m) == repr(m))

# slices are views of the same memory, with steps
s = m[::2]
print(s.tobytes(), s.nbytes, s.strides, s.c_contiguous, s.contiguous, s.obj is data)
r = m[::-1]
print(r.tobytes(), r.strides, r[0], r[-1], list(r[:3]))
print(m[3:3].tobytes(), m[3:3].shape, m[3:3].contiguous, m[100:].tobytes(), m[-5:-1].tobytes())
nested = m[1:-1][::3][1:]
print(nested.tobytes(), nested.shape, nested.strides, len(nested))

# conversions
print(bytes(s), bytearray(r), list(m[:5]), tuple(m[:3]), m[:5].tolist())
print(m.hex(), m[:4].hex(':'), m[:5].hex('-', 2), m[:5].hex(b'.', -2), m[::-3].hex(' '))
print([x for x in m[:4]], sum(m), max(m), min(m), sorted(m[:5]), list(reversed(m[:4])))
print(72 in m, 200 in m, b'H' in m, type(iter(m)).__name__)
print(memoryview(m).tobytes() == data, memoryview(m).obj is data, memoryview(m[2:5]).tobytes())
print(m.tobytes('C'), m.tobytes('F') == data, m.tobytes(order='A') == data, m.tobytes(None) == data)

# equality compares items, with any bytes-like object
print(m == data, data == m, m == bytearray(data), m[:5] == b'Hello', m[:5] != b'Hellp', m[:5] == m[:5])
print(m == list(data), m == 'Hello, memory!', m[:2] == memoryview(b'He'), s == data[::2], r == data[::-1])
print(memoryview(b'') == b'', memoryview(b'') == memoryview(bytearray()), bool(memoryview(b'')), bool(m))

# hashing: read-only byte views hash like the bytes they show
print(hash(m) == hash(data), hash(m[::2]) == hash(data[::2]), hash(memoryview(b'')) == hash(b''))
print({m[:5]: 'key'}[b'Hello'], {b'Hello': 1}[m[:5]])
writable = memoryview(bytearray(b'abc'))
attempt('hash writable', lambda: hash(writable))
attempt('hash readonly bytearray view', lambda: hash(writable.toreadonly()))

# bad uses
for label, fn in [
    ('index too big', lambda: m[14]),
    ('index too small', lambda: m[-15]),
    ('huge index', lambda: m[2 ** 70]),
    ('str index', lambda: m['a']),
    ('float index', lambda: m[1.0]),
    ('tuple index', lambda: m[1,]),
    ('2-tuple', lambda: m[1, 2]),
    ('empty tuple', lambda: m[()]),
    ('ellipsis', lambda: m[...]),
    ('multi slice', lambda: m[:, :]),
    ('int', lambda: memoryview(5)),
    ('str', lambda: memoryview('text')),
    ('list', lambda: memoryview([1, 2])),
    ('keyword', lambda: memoryview(object=b'kw').tobytes()),
    ('setitem', lambda: m.__setitem__(0, 1)),
    ('delitem', lambda: m.__delitem__(0)),
    ('ordering', lambda: m < data),
    ('order arg', lambda: m.tobytes('X')),
    ('hex sep', lambda: m.hex('ab')),
    ('add', lambda: m + data),
    ('mul', lambda: m * 2),
    ('subclass', lambda: type('V', (memoryview,), {})),
]:
    attempt(label, fn)

# bytes methods and operators accept views
print(b''.join([memoryview(b'ab'), b'-', bytearray(b'cd'), memoryview(b'xefx')[1:3]]))
print(b'abc'.startswith(memoryview(b'ab')), b'abc'.endswith((b'x', memoryview(b'c'))), b'abcabc'.count(memoryview(b'bc')))
print(b'abc'.find(memoryview(b'c')), bytearray(b'abc').index(memoryview(b'b')), memoryview(b'bc') in b'abc')
print(b'a,b,c'.split(memoryview(b',')), b'xxhixx'.strip(memoryview(b'x')), b'abc'.replace(memoryview(b'b'), memoryview(b'BB')))
print(b'ab' + memoryview(b'cd'), bytearray(b'ab') + memoryview(b'cd'), str(memoryview(b'caf\xc3\xa9'), 'utf-8'))
print(int.from_bytes(memoryview(b'\x01\x02\x03'), 'big'), int.from_bytes(memoryview(b'\x01\x02\x03')[::2], 'little'))
attempt('join strided', lambda: b''.join([memoryview(b'abcd')[::2]]))
print(int(memoryview(b' 42 ')), int(memoryview(b'x12x')[1:3]), float(memoryview(b'2.5')))
attempt('int of bad view', lambda: int(memoryview(b'4x')))
attempt('int with base', lambda: int(memoryview(b'12'), 16))
print(bytearray(b'ab') < memoryview(b'ac'), memoryview(b'ab') >= bytearray(b'ab'), bytearray(b'b') > memoryview(b'ab'))
