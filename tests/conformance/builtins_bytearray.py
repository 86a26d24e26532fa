# bytearray: bytes methods on mutable contents, item and slice assignment, growth, struct.pack_into.
ba = bytearray(b'hello')
print(ba, len(ba), ba[0], ba[1:3], type(ba[1:3]).__name__, ba.upper(), type(ba.upper()).__name__)
ba[0] = 72
ba.append(33)
ba.extend(b' world')
ba += b'!!'
print(ba, ba == b'Hello! world!!', bytes(ba), ba.split(b' '), ba.find(b'world'), ba.decode())
del ba[0:2]
ba.insert(0, 65)
print(ba, ba.pop(), ba.pop(0), ba, bytearray(3), bytearray([1, 2, 3]), bytearray('é', 'utf-8'))
ba.reverse(); print(ba, b'x' in bytearray(b'xyz'), bytearray(b'ab') * 2, isinstance(ba, bytes), ba.hex())
try:
    hash(ba)
except TypeError as e:
    print(e)
import struct
buf = bytearray(8)
struct.pack_into('<hI', buf, 1, -2, 70000)
print(buf, struct.unpack_from('<hI', buf, 1))
ba2 = bytearray(b'abcdef'); ba2[1:3] = b'XYZ'; print(ba2); ba2[::2] = b'1234'; print(ba2); del ba2[::2]; print(ba2)
print(repr(bytearray()), str(bytearray(b'q')), bytearray.fromhex('41 42'), list(bytearray(b'AB')))
