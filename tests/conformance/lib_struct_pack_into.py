# struct.pack_into and unpack_from over a mutable buffer.
import struct

buf = bytearray(16)
struct.pack_into('<hi', buf, 2, -1, 123456)
print(buf, struct.unpack_from('<hi', buf, 2))
s = struct.Struct('>Q')
s.pack_into(buf, 8, 2 ** 63 + 5)
print(buf.hex(), s.unpack_from(buf, 8), s.unpack_from(memoryview(buf), -8))
struct.pack_into('3s', buf, -3, b'end')
print(bytes(buf))
for bad in [lambda: struct.pack_into('i', buf, 14, 1), lambda: struct.pack_into('i', buf, -20, 1),
            lambda: struct.pack_into('i', b'immutable', 0, 1), lambda: struct.pack_into('ii', buf, 0, 1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(list(struct.iter_unpack('<h', bytearray(b'\x01\x00\x02\x00'))), struct.unpack('<h', bytearray(b'\x05\x00')))
