# struct: every format code in every byte order, alignment, sizes, round trips.
import struct

for order in '@=<>!':
    fmt = order + 'bBhHiIlLqQ'
    values = (-128, 255, -32768, 65535, -2 ** 31, 2 ** 32 - 1, -7, 7, -2 ** 63, 2 ** 64 - 1)
    packed = struct.pack(fmt, *values)
    print(order, struct.calcsize(fmt), packed.hex(), struct.unpack(fmt, packed) == values)

print(struct.pack('@nNP', -1, 2 ** 64 - 1, 12345).hex(), struct.unpack('@nNP', struct.pack('@nNP', -1, 2 ** 64 - 1, 12345)))
for fmt in ['@ci', '=ci', '@bhiq', '@qbhi', '@c0i', '@c0q', 'ic', '@?d', '@e?f', '@3sd', '@dP', '<5s2p', '0s', '>10x', '@xi']:
    print(fmt, struct.calcsize(fmt))
print(struct.pack('@ci', b'*', 1), struct.pack('@bq', 1, 2), struct.pack('@hb', 1, 2))
print(struct.pack('c?x?', b'z', 0, 'nonempty'), struct.unpack('??', b'\x00\x02'))
print(struct.pack('5s', b'ab'), struct.pack('2s', b'abcdef'), struct.pack('0s', b'ignored'), struct.unpack('4s', b'a\x00b\x00'))
print(struct.pack('5p', b'hi'), struct.pack('3p', b'hello'), struct.pack('1p', b'x'), struct.unpack('5p', b'\x02hiXX'), struct.unpack('3p', b'\x09abc'[:3]))
print(struct.pack('300p', b'y' * 300)[:3], len(struct.pack('300p', b'y' * 300)))
print(struct.pack('4B', 1, 2, 3, 4), struct.unpack('4B', b'\x04\x03\x02\x01'), struct.unpack('>4b', b'\xff\x80\x7f\x00'))
print(struct.pack('< h  H ', 1, 2), struct.calcsize(b'<hh'), struct.pack(b'>i', 258))
print(struct.pack('<i', True), struct.pack('<Q', 2 ** 63), struct.unpack('<Q', b'\xff' * 8), struct.unpack('<q', b'\xff' * 8))

for v in [0.0, -0.0, 1.0, -2.5, 0.1, 1e10, 3.4028234663852886e38, 1e-45, 1e-50, 65504.0, 65519.99, 5.960464477539063e-08,
          2.980232238769531e-08, 2.9802322387695312e-08, 1.0009765625, 1.00048828125, 1.00146484375, float('inf'), -float('inf')]:
    row = []
    for code in 'efd':
        for order in '<>':
            try:
                b = struct.pack(order + code, v)
                row.append(b.hex() + '=' + repr(struct.unpack(order + code, b)[0]))
            except OverflowError as e:
                row.append('OverflowError')
    print(repr(v), ' '.join(row))
print(struct.pack('@f', 1e300).hex(), struct.pack('<f', 3.4028235e38).hex(), struct.pack('@f', 2.5))
nan = float('nan')
print(struct.pack('<e', nan).hex(), struct.pack('>f', nan).hex(), struct.pack('<d', nan).hex(), struct.unpack('<e', b'\x00\x7e'), struct.unpack('<f', b'\x00\x00\xc0\xff'))

point = struct.Struct('<2h')
print(point.format, point.size, point.pack(3, -4), point.unpack(b'\x03\x00\xfc\xff'))
record = struct.Struct(b'>I10sd')
blob = record.pack(42, b'widget', 9.75)
print(record.format, record.size, blob, record.unpack(blob), record.unpack_from(b'XX' + blob, 2))
print(list(record.iter_unpack(blob * 3)), struct.calcsize(record.format) == record.size)
it = struct.iter_unpack('<H', b'\x01\x00\x02\x00\x03\x00')
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(struct.unpack_from('<H', b'\x00\x01\x02\x03'), struct.unpack_from('<H', b'\x00\x01\x02\x03', 2), struct.unpack_from('<H', b'\x00\x01\x02\x03', offset=-2))
header = struct.pack('<4sII', b'RIFF', 36, 1)
magic, length, kind = struct.unpack('<4sII', header)
print(magic.decode(), length, kind, struct.calcsize('<4sII'))
