import hashlib
import hmac

print(hashlib.blake2b(b'abc').hexdigest())
print(hashlib.blake2s(b'abc').hexdigest())
print(hashlib.blake2b().hexdigest()[:32], hashlib.blake2s().hexdigest()[:32])
print(hashlib.blake2b(b'data', digest_size=20, key=b'secret', salt=b'salty', person=b'me').hexdigest())
print(hashlib.blake2s(b'data', digest_size=16, key=b'k' * 32, salt=b's' * 8, person=b'p' * 8).hexdigest())
print(hashlib.blake2b(b'x', fanout=2, depth=2, leaf_size=4096, node_offset=3, node_depth=1, inner_size=64,
                      last_node=True).hexdigest()[:40])
print(hashlib.blake2s(b'x', fanout=0, depth=255, leaf_size=2 ** 32 - 1, node_offset=2 ** 48 - 1, node_depth=255,
                      inner_size=32, last_node=True).hexdigest())
h = hashlib.blake2b(digest_size=32)
for chunk in [b'a' * 100, b'b' * 28, b'c' * 128, b'', b'd']:
    h.update(chunk)
c = h.copy()
c.update(bytearray(b'more'))
print(h.hexdigest() == hashlib.blake2b(b'a' * 100 + b'b' * 28 + b'c' * 128 + b'd', digest_size=32).hexdigest())
print(c.hexdigest()[:20], h.name, h.digest_size, h.block_size, type(h).__name__, isinstance(h, hashlib.blake2b))
s = hashlib.blake2s(b'z' * 5000)
print(s.name, s.digest_size, s.block_size, s.hexdigest()[:20])
print(hashlib.blake2b.SALT_SIZE, hashlib.blake2b.PERSON_SIZE, hashlib.blake2b.MAX_KEY_SIZE,
      hashlib.blake2b.MAX_DIGEST_SIZE, hashlib.blake2s.SALT_SIZE, hashlib.blake2s.PERSON_SIZE,
      hashlib.blake2s.MAX_KEY_SIZE, hashlib.blake2s.MAX_DIGEST_SIZE)
print(hashlib.new('blake2b', b'q', digest_size=10).hexdigest(), hashlib.new('blake2s').digest_size)
print('blake2b' in hashlib.algorithms_guaranteed, 'blake2s' in hashlib.algorithms_available)
print(hmac.new(b'key', b'msg', hashlib.blake2b).hexdigest()[:32], hmac.new(b'key', b'msg', 'blake2s').hexdigest()[:32])
print(hashlib.blake2b(memoryview(b'abcdef')[2:]).hexdigest()[:16], hashlib.blake2b(key=bytearray(b'k')).hexdigest()[:16])

for kw in [dict(digest_size=0), dict(digest_size=65), dict(key=b'x' * 65), dict(salt=b'x' * 17),
           dict(person=b'x' * 17), dict(fanout=256), dict(fanout=-1), dict(depth=0), dict(leaf_size=2 ** 32),
           dict(node_offset=2 ** 64), dict(node_depth=256), dict(inner_size=65), dict(leaf_size=-1),
           dict(node_offset=-1)]:
    try:
        hashlib.blake2b(**kw)
    except (ValueError, OverflowError) as e:
        print('blake2b', type(e).__name__, e)
for kw in [dict(digest_size=33), dict(salt=b'x' * 9), dict(person=b'x' * 9), dict(key=b'k' * 33),
           dict(node_offset=2 ** 48), dict(inner_size=33)]:
    try:
        hashlib.blake2s(**kw)
    except (ValueError, OverflowError) as e:
        print('blake2s', type(e).__name__, e)
for args, kw in [(('x',), {}), ((), dict(key='x'))]:
    try:
        hashlib.blake2b(*args, **kw)
    except TypeError as e:
        print('TypeError:', e)
