import hashlib
import hmac
import threading

for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
             'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512']:
    h = getattr(hashlib, name)(b'The quick brown fox jumps over the lazy dog')
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    print('  empty', hashlib.new(name).hexdigest()[:32])
    assert name in hashlib.algorithms_guaranteed
    assert name in hashlib.algorithms_available

# incremental updates, copy, and bytes-like inputs
h = hashlib.sha256()
h.update(b'abc')
c = h.copy()
h.update(bytearray(b'def'))
c.update(memoryview(b'xdefx')[1:4])
print(h.hexdigest() == c.hexdigest(), h.digest() == hashlib.sha256(b'abcdef').digest())
print(type(h.digest()).__name__, len(h.digest()))
print(h.hexdigest() == h.hexdigest())  # digest() does not finish the object
h.update(b'more')
print(h.hexdigest() == hashlib.sha256(b'abcdefmore').hexdigest())
print(hashlib.new('SHA256', b'x').name, hashlib.new('sha512', data=b'x').hexdigest()[:16])
print(hashlib.md5(string=b'abc').hexdigest())

# large buffers (hashed with the GIL released) give the same digest from several threads
big = bytes(range(256)) * 4096
results = []
def work():
    results.append(hashlib.sha1(big).hexdigest())
threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(set(results)), results[0])
h = hashlib.md5()
for i in range(0, len(big), 5000):
    h.update(big[i:i + 5000])
print(h.hexdigest() == hashlib.md5(big).hexdigest(), hashlib.md5(bytearray(big)).hexdigest())

for bad in ['text', 123, None]:
    try:
        hashlib.sha256(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    hashlib.sha1().update('x')
except TypeError as e:
    print('TypeError:', e)
try:
    hashlib.new('nope')
except ValueError as e:
    print('ValueError:', e)

# pbkdf2 (RFC 6070 vectors and a few others)
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 1, 20).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 4096).hex())
print(hashlib.pbkdf2_hmac('sha256', b'passwordPASSWORDpassword', b'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 40).hex())
print(hashlib.pbkdf2_hmac('sha512', b'', b'', 3, 70).hex())
print(hashlib.pbkdf2_hmac('sha256', b'k' * 100, b'salt', 2).hex())
for args in [('sha1', b'p', b's', 0), ('sha1', b'p', b's', 1, 0)]:
    try:
        hashlib.pbkdf2_hmac(*args)
    except ValueError as e:
        print('ValueError:', e)

# hmac
m = hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', 'md5')
print(m.name, m.digest_size, m.block_size, m.hexdigest())
m = hmac.new(b'key', digestmod=hashlib.sha256)
m.update(b'The quick brown fox ')
c = m.copy()
m.update(b'jumps over the lazy dog')
print(m.name, m.hexdigest())
c.update(b'jumps over the lazy dog')
print(c.digest() == m.digest())
print(hmac.digest(b'k' * 200, b'msg', 'sha512').hex())
print(hmac.new(bytearray(b''), b'', 'sha1').hexdigest())
try:
    hmac.new(b'key', b'msg')
except TypeError as e:
    print('TypeError:', e)
try:
    hmac.new('key', b'msg', 'sha1')
except TypeError as e:
    print('TypeError:', e)
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest(b'abc', b'abd'), hmac.compare_digest('ab', 'ab'))
print(hmac.compare_digest(bytearray(b'x'), memoryview(b'x')), hmac.compare_digest(b'a', b'ab'))
for a, b in [('a', b'a'), (1, 2), ('é', 'é')]:
    try:
        hmac.compare_digest(a, b)
    except TypeError as e:
        print('TypeError:', e)

# file_digest, and keyword forms
import io
import os
import tempfile
print(hashlib.file_digest(io.BytesIO(b'abc' * 1000), 'sha256').hexdigest())
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'data.bin')
    with open(path, 'wb') as f:
        f.write(bytes(range(256)) * 2000)
    with open(path, 'rb') as f:
        print(hashlib.file_digest(f, hashlib.md5).hexdigest())
try:
    hashlib.file_digest(io.StringIO('x'), 'sha1')
except ValueError as e:
    print('ValueError:', str(e).split("'")[0], str(e).split("'")[-1])
print(hashlib.new('md5', b'x', usedforsecurity=False).hexdigest(), hashlib.sha1(usedforsecurity=False).name)
print(sorted(hashlib.algorithms_guaranteed & {'md5', 'sha256', 'sha3_512'}), 'sha512_256' in hashlib.algorithms_available)
print(hmac.new(b'k', b'm', hashlib.sha3_256).block_size, hmac.new(b'k', digestmod='sha384').hexdigest()[:20])
