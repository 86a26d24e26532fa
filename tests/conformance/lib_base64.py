import base64
import binascii
import io

samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256)), b'\xfb\xff\xfe']
for s in samples:
    e64 = base64.b64encode(s)
    e32 = base64.b32encode(s)
    e16 = base64.b16encode(s)
    print(e64[:40], e32[:40], e16[:40])
    assert base64.b64decode(e64) == s and base64.b32decode(e32) == s and base64.b16decode(e16) == s
    assert base64.b32hexdecode(base64.b32hexencode(s)) == s
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s
    assert base64.decodebytes(base64.encodebytes(s)) == s
print(base64.b32hexencode(b'foobar'), base64.b32hexdecode('cpnmuoj1e8======', casefold=True))
print(base64.b64encode(b'\xfb\xff\xfe', altchars=b'-_'), base64.b64decode(b'-__-', altchars='-_'))
print(base64.urlsafe_b64encode(b'\xfb\xff\xfe'), base64.urlsafe_b64decode('-__-'))
print(base64.standard_b64encode(bytearray(b'xyz')), base64.standard_b64decode(memoryview(b'eHl6')))
print(base64.b64decode('YW Jj\nZA=='), base64.b64decode(b'YWJjZA==garbage'), base64.b64decode(b'Y!W#J$j'))
print(base64.b32decode(b'MFRGGZA=', casefold=True), base64.b32decode(b'mfrggza=', casefold=True))
print(base64.b32decode(b'0O1LMZA=', map01=b'L'), base64.b16decode('6a6B', casefold=True))
print(base64.encodebytes(bytes(range(100))))
print(base64.encodebytes(b''), base64.decodebytes(b'AAEC\nAwQF\n'))

def attempt(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('pad1', base64.b64decode, b'YWJjZ')
attempt('pad2', base64.b64decode, b'YWJjZA')
attempt('validate', base64.b64decode, b'YWJj!', validate=True)
attempt('validate ok', base64.b64decode, b'YWJjZA==', validate=True)
attempt('validate nl', base64.b64decode, b'YWJj\nZA==', validate=True)
attempt('excess', base64.b64decode, b'YWJjZA==YQ==', validate=True)
attempt('nonascii', base64.b64decode, 'YWJ\u00e9')
attempt('int', base64.b64decode, 1)
attempt('altchars', base64.b64encode, b'x', b'abc')
attempt('b32 len', base64.b32decode, b'MFRGG')
attempt('b32 digit', base64.b32decode, b'MFRGG!==')
attempt('b32 pad', base64.b32decode, b'M=======')
attempt('b32 lower', base64.b32decode, b'mfrgg===')
attempt('b16 digit', base64.b16decode, b'6g')
attempt('b16 odd', base64.b16decode, b'6')
attempt('b16 lower', base64.b16decode, b'6a')
attempt('enc str', base64.b64encode, 'x')
attempt('b32 str', base64.b32encode, 'x')
attempt('encodebytes str', base64.encodebytes, 'x')

out = io.BytesIO()
base64.encode(io.BytesIO(bytes(range(120))), out)
print(out.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue() == bytes(range(120)))

# binascii
print(binascii.hexlify(b'\x01\xab\xff'), binascii.b2a_hex(bytearray(b'hi')), binascii.unhexlify('01abFF'))
print(binascii.hexlify(b'abcdef', '-'), binascii.hexlify(b'abcde', b':', 2), binascii.hexlify(b'abcde', ' ', -2))
print(binascii.a2b_hex(b'6869'), binascii.b2a_base64(b'hello'), binascii.b2a_base64(b'hello', newline=False))
print(binascii.a2b_base64('aGVsbG8=\n'), binascii.a2b_base64(b'aGVs bA=='))
print(binascii.crc32(b'hello world'), binascii.crc32(b' world', binascii.crc32(b'hello')), binascii.crc32(b''))
print(binascii.crc32(bytes(range(256)) * 10), binascii.crc32(b'x', -1), binascii.crc_hqx(b'123456789', 0))
print(issubclass(binascii.Error, ValueError), binascii.Error.__module__, binascii.Error.__name__)
attempt('odd', binascii.unhexlify, b'abc')
attempt('nonhex', binascii.unhexlify, b'zz')
attempt('sep', binascii.hexlify, b'ab', '::')
attempt('strict lead', binascii.a2b_base64, b'=YWJj', strict_mode=True)
attempt('strict disc', binascii.a2b_base64, b'YW=Jj', strict_mode=True)
attempt('strict only', binascii.a2b_base64, b'YW\nJj', strict_mode=True)
attempt('strict excess', binascii.a2b_base64, b'YWJjZA==xx', strict_mode=True)
attempt('lenient excess', binascii.a2b_base64, b'YWJjZA==xx')
attempt('lenient 3', binascii.a2b_base64, b'YWJjZGU=Zm')
attempt('hexlify str', binascii.hexlify, 'ab')
attempt('crc str', binascii.crc32, 'ab')
attempt('a2b int', binascii.a2b_base64, 5)
try:
    base64.b64decode(b'abc')
except binascii.Error as e:
    print('caught as binascii.Error:', e)
