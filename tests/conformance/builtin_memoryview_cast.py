# memoryview.cast between native struct formats and shapes, and views passed to struct and io.
import io
import struct


def attempt(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


raw = struct.pack('<4h', 1, -2, 300, -32768)
h = memoryview(raw).cast('h')
print(h.format, h.itemsize, h.nbytes, len(h), h.shape, h.strides, h.tolist(), h[2], h[-1])
print(h[1:3].tolist(), h[::-1].tolist(), h[::-1].strides, h[::2].tobytes(), h.hex(), h[::-1].hex(':'))
print(list(h), h.cast('B').tolist()[:4], h.cast('B').cast('H').tolist(), h.cast('c')[:3].tolist())

for code in 'bBhHiIlLqQnNfd?cP':
    v = memoryview(bytes(range(1, 17))).cast(code)
    print(code, v.itemsize, len(v), v.format, v[0] if code not in 'fdP' else type(v[0]).__name__)
print(memoryview(struct.pack('d', 2.5)).cast('d')[0], memoryview(struct.pack('f', 0.1)).cast('f').tolist())
print(memoryview(b'\x00\x01\x02').cast('?').tolist(), memoryview(b'\xff\x80').cast('b').tolist())
print(memoryview(b'\xff' * 8).cast('Q')[0], memoryview(b'\xff' * 8).cast('q')[0], memoryview(b'\xff' * 4).cast('I')[0])
print(memoryview(b'abcd').cast('@i').format, memoryview(b'abcd').cast('c').tolist())

# multi-dimensional views
grid = memoryview(bytes(range(12))).cast('B', (3, 4))
print(grid.ndim, grid.shape, grid.strides, len(grid), grid.nbytes, grid.tolist())
print(grid[1, 2], grid[-1, -1], grid[2, 0], grid.tobytes() == bytes(range(12)), grid.tobytes('F'))
print(grid.c_contiguous, grid.f_contiguous, grid[::2].tolist(), grid[1:].shape, grid.hex())
cube = memoryview(bytes(range(24))).cast('h', [2, 3, 2])
print(cube.shape, cube.strides, cube.tolist()[1][2], cube[1, 2, 1], cube.cast('B').shape)
flat = grid.cast('B')
print(flat.shape, flat[11], grid.cast('H', (6,)).shape, grid.cast('c').shape)
scalar = memoryview(b'\x07').cast('B', [])
print(scalar.ndim, scalar.shape, scalar.strides, len(scalar), scalar.tolist(), scalar[()], scalar[...] is scalar)
mutable_grid = memoryview(bytearray(6)).cast('B', [2, 3])
mutable_grid[1, 2] = 9
mutable_grid[0, 0] = 1
print(mutable_grid.obj, mutable_grid.tolist(), mutable_grid == memoryview(bytes([1, 0, 0, 0, 0, 9])).cast('B', [2, 3]))

for label, fn in [
    ('odd length', lambda: memoryview(b'abc').cast('h')),
    ('two non-byte', lambda: memoryview(b'abcd').cast('h').cast('i')),
    ('strided', lambda: memoryview(b'abcd')[::2].cast('B')),
    ('bad format', lambda: memoryview(b'abcd').cast('x')),
    ('standard size', lambda: memoryview(b'abcd').cast('<i')),
    ('two chars', lambda: memoryview(b'abcd').cast('hh')),
    ('half float', lambda: memoryview(b'abcd').cast('e')),
    ('format type', lambda: memoryview(b'abcd').cast(1)),
    ('shape type', lambda: memoryview(b'abcd').cast('B', 4)),
    ('shape size', lambda: memoryview(b'abcd').cast('B', [3])),
    ('zero dim', lambda: memoryview(b'abcd').cast('B', [0, 4])),
    ('float dim', lambda: memoryview(b'abcd').cast('B', [2.0, 2])),
    ('too many dims', lambda: memoryview(b'a' * 65).cast('B', [1] * 65)),
    ('ND to ND', lambda: grid.cast('B', (4, 3))),
    ('sub-view', lambda: grid[0]),
    ('iterate grid', lambda: list(grid)),
    ('short tuple', lambda: cube[0, 1]),
    ('long tuple', lambda: grid[0, 1, 2]),
    ('dim 2 range', lambda: grid[0, 4]),
    ('grid slice assign', lambda: mutable_grid.__setitem__(slice(0, 1), b'abc')),
    ('grid row assign', lambda: mutable_grid.__setitem__(0, 1)),
    ('scalar index', lambda: scalar[0]),
    ('hash h', lambda: hash(h)),
    ('h value range', lambda: memoryview(bytearray(2)).cast('h').__setitem__(0, 40000)),
    ('H negative', lambda: memoryview(bytearray(2)).cast('H').__setitem__(0, -1)),
    ('i float', lambda: memoryview(bytearray(4)).cast('i').__setitem__(0, 1.5)),
    ('f str', lambda: memoryview(bytearray(4)).cast('f').__setitem__(0, 'x')),
    ('d huge int', lambda: memoryview(bytearray(8)).cast('d').__setitem__(0, 2 ** 2000)),
    ('c long', lambda: memoryview(bytearray(2)).cast('c').__setitem__(0, b'ab')),
    ('c int', lambda: memoryview(bytearray(2)).cast('c').__setitem__(0, 1)),
    ('mixed slice', lambda: memoryview(bytearray(4)).cast('h').__setitem__(slice(0, 2), b'\x01\x00\x02\x00')),
]:
    attempt(label, fn)

# typed writes
words = memoryview(bytearray(8)).cast('h')
words[0] = -2
words[3] = 300
words[1:3] = memoryview(bytearray(struct.pack('hh', 7, 8))).cast('h')
print(words.tolist(), bytes(words.obj))
reals = memoryview(bytearray(12)).cast('f')
reals[0] = 1
reals[1] = 0.5
reals[2] = 1e300
print(reals.tolist())
flags = memoryview(bytearray(3)).cast('?')
flags[0] = 'yes'
flags[2] = []
print(flags.tolist(), flags.obj)

# equality unpacks items: formats may differ, shapes may not
print(h == memoryview(raw).cast('h'), h == memoryview(raw), memoryview(b'ab').cast('c') == b'ab')
print(memoryview(b'\x01\x00').cast('H') == memoryview(b'\x01\x00').cast('h'), memoryview(b'\xff').cast('b') == b'\xff')
nan = memoryview(struct.pack('d', float('nan'))).cast('d')
print(nan == nan, nan == memoryview(struct.pack('d', float('nan'))).cast('d'))

# struct over views
buf = bytearray(16)
mv = memoryview(buf)
struct.pack_into('<hi', mv[2:], 1, -1, 77)
print(buf.hex(), struct.unpack_from('<hi', mv, 3), struct.unpack('<i', mv[5:9]))
print(list(struct.iter_unpack('<h', mv[:4])), list(struct.iter_unpack('<hh', memoryview(b'abcd').cast('B', (2, 2)))))
s = struct.Struct('<H')
s.pack_into(mv, 14, 513)
print(s.unpack_from(mv[14:]), list(s.iter_unpack(mv[12:])), struct.unpack_from('<h', mv.cast('h'), 14))
struct.pack_into('<I', mv.cast('I'), 0, 0xDEADBEEF)
print(buf[:4].hex())
for label, fn in [
    ('pack_into readonly', lambda: struct.pack_into('b', mv.toreadonly(), 0, 1)),
    ('pack_into strided', lambda: struct.pack_into('b', mv[::2], 0, 1)),
    ('pack_into bytes view', lambda: struct.pack_into('b', memoryview(b'abc'), 0, 1)),
    ('pack_into small', lambda: struct.pack_into('<h', mv[15:], 0, 1)),
    ('unpack_from strided', lambda: struct.unpack_from('b', mv[::2])),
    ('iter_unpack uneven', lambda: list(struct.iter_unpack('<h', mv[:3]))),
]:
    attempt(label, fn)

# files read into and write from views
f = io.BytesIO()
print(f.write(memoryview(b'hello world')[6:]), f.write(memoryview(b' and more').cast('c')), f.getvalue())
attempt('write strided', lambda: f.write(memoryview(b'abcd')[::2]))
f.seek(0)
target = bytearray(8)
print(f.readinto(memoryview(target)[2:6]), target)

# BytesIO.getbuffer: a writable view of the stream, which cannot change while the view lives
stream = io.BytesIO(b'abcdef')
view = stream.getbuffer()
print(type(view).__name__, view.readonly, view.nbytes, view.obj is stream)
view[0] = ord('X')
view[2:4] = b'YZ'
print(stream.getvalue(), stream.read(2), stream.tell())
attempt('write while exported', lambda: stream.write(b'!'))
attempt('truncate while exported', lambda: stream.truncate(2))
attempt('close while exported', lambda: stream.close())
second = stream.getbuffer()
view.release()
attempt('second view still exported', lambda: stream.write(b'!'))
second.release()
print(stream.write(b'!'), stream.getvalue())
with stream.getbuffer() as w:
    w[-1] = ord('?')
print(stream.getvalue(), stream.seek(0, 2), stream.write(b'end'), stream.getvalue())
stream.close()
attempt('closed', lambda: stream.getbuffer())

# the edges of the integer formats
edges = memoryview(bytearray(8))
for code, value in [('I', 2 ** 63 + 5), ('Q', 2 ** 64 - 1), ('Q', 2 ** 64), ('L', 2 ** 63), ('q', -2 ** 63),
                    ('q', 2 ** 63), ('c', bytearray(b'a')), ('B', True), ('h', -32769), ('H', 65535)]:
    attempt(code + ' edge', lambda: (edges.cast(code).__setitem__(0, value), edges.cast(code)[0])[1])
