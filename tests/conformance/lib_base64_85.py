import base64

samples = [b'', b'a', b'ab', b'abc', b'abcd', b'abcde', b'\0\0\0\0', b'\0\0\0\0x', b'    ', b'\0',
           bytes(range(256)), b'Man is distinguished, not only by his reason, but by this singular passion']
for s in samples:
    a = base64.a85encode(s)
    b = base64.b85encode(s)
    print(a[:60], b[:60])
    assert base64.a85decode(a) == s, s
    assert base64.b85decode(b) == s, s
    assert base64.a85decode(base64.a85encode(s, foldspaces=True), foldspaces=True) == s
    assert base64.a85decode(base64.a85encode(s, adobe=True), adobe=True) == s
print(base64.a85encode(b'    xx    ', foldspaces=True), base64.a85encode(b'abc', pad=True), base64.b85encode(b'abc', pad=True))
print(base64.a85encode(bytes(range(40)), wrapcol=20))
print(base64.a85encode(bytes(range(40)), wrapcol=20, adobe=True))
print(base64.a85encode(b'hello', adobe=True, wrapcol=1), base64.a85encode(bytearray(b'\0' * 3)), base64.a85encode(b'\0' * 3, pad=True))
print(base64.a85decode(b'<~BOu!rDZ~>', adobe=True), base64.a85decode(b'BOu!rDZ~>', adobe=True), base64.a85decode('87cUR D]i,"Ebo80'))
print(base64.a85decode(b'z'), base64.a85decode(b'y', foldspaces=True), base64.a85decode(b'Bo u\n!r', ignorechars=b' \n'))
print(base64.b85decode('VPa!sWoBn+X=-b1ZEkOHadLBXb#`}nd3r%'), base64.b85decode(b'cr'))
for f, arg, kw in [(base64.a85decode, b'BOu!rDZ', {'adobe': True}), (base64.a85decode, b'ab z', {}),
                   (base64.a85decode, b'ab y', {'foldspaces': True}), (base64.a85decode, b's8W-"', {}),
                   (base64.a85decode, b'ab~cd', {}), (base64.b85decode, b'ab"c', {}), (base64.b85decode, b'|NsC1', {}),
                   (base64.a85decode, 'ab\u00e9', {}), (base64.b85decode, 3, {})]:
    try:
        print(f(arg, **kw))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
