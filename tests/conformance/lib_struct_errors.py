# struct.error and the other exceptions of struct, with CPython's messages.
import struct


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


for order in '@=<>':
    for code, values in [('b', (128, -129)), ('B', (256, -1)), ('h', (32768, -32769)), ('H', (65536, -1)),
                         ('i', (2 ** 31, -2 ** 31 - 1)), ('I', (2 ** 32, -1)), ('l', (2 ** 31, 2 ** 63, -2 ** 63 - 1)),
                         ('L', (2 ** 32, 2 ** 64, -1)), ('q', (2 ** 63, -2 ** 63 - 1)), ('Q', (2 ** 64, -1)),
                         ('n', (2 ** 63,)), ('N', (-1,)), ('P', (2 ** 64, -2 ** 63 - 1))]:
        for v in values:
            attempt(order + code + ' ' + str(v), lambda: struct.pack(order + code, v))
for code in 'bHiq':
    attempt(code + ' float', lambda: struct.pack(code, 1.0))
    attempt(code + ' str', lambda: struct.pack(code, '1'))
    attempt(code + ' None', lambda: struct.pack(code, None))
for code in 'efd':
    attempt(code + ' str', lambda: struct.pack(code, 'x'))
    attempt(code + ' big int', lambda: struct.pack('<' + code, 2 ** 200))
    attempt(code + ' huge int', lambda: struct.pack('<' + code, 2 ** 2000))
    attempt(code + ' 1e300', lambda: struct.pack('<' + code, 1e300))
attempt('e 65520', lambda: struct.pack('e', 65520.0))
attempt('bad char', lambda: struct.pack('y', 1))
attempt('bad char space count', lambda: struct.calcsize('4 i'))
attempt('n standard', lambda: struct.calcsize('<n'))
attempt('P big', lambda: struct.calcsize('>P'))
attempt('count only', lambda: struct.calcsize('12'))
attempt('huge count', lambda: struct.calcsize('99999999999999999999i'))
attempt('too few', lambda: struct.pack('ii', 1))
attempt('too many', lambda: struct.pack('i', 1, 2))
attempt('x takes none', lambda: struct.pack('x', 1))
attempt('s length', lambda: struct.pack('3s3s', b'a'))
attempt('c length', lambda: struct.pack('c', b''))
attempt('c str', lambda: struct.pack('c', 'a'))
attempt('s str', lambda: struct.pack('s', 'a'))
attempt('p int', lambda: struct.pack('p', 1))
attempt('unpack short', lambda: struct.unpack('<i', b'\x00\x00'))
attempt('unpack long', lambda: struct.unpack('<i', b'\x00' * 5))
attempt('unpack str', lambda: struct.unpack('<i', 'abcd'))
attempt('unpack list', lambda: struct.unpack('<B', [1]))
attempt('unpack_from short', lambda: struct.unpack_from('<i', b'abcdef', 3))
attempt('unpack_from negative', lambda: struct.unpack_from('<i', b'abcdef', -10))
attempt('unpack_from negative short', lambda: struct.unpack_from('<i', b'abcdef', -2))
attempt('iter_unpack size', lambda: struct.iter_unpack('<i', b'abcdef'))
attempt('iter_unpack empty', lambda: struct.iter_unpack('', b''))
attempt('format type', lambda: struct.pack(3.5))
attempt('Struct format type', lambda: struct.Struct(None))
attempt('calcsize list', lambda: struct.calcsize(['i']))
print(struct.error.__name__, struct.error.__module__, struct.error.__mro__[1].__name__)
try:
    struct.pack('>h', 99999)
except struct.error as e:
    print('caught', repr(e), e.args)
