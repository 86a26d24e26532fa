"""Secure hashes and message digests, computed by _hashlib (the JDK's digests, and BLAKE2).

SHAKE is not provided: it is absent from algorithms_guaranteed and algorithms_available.
"""

import _hashlib
from _hashlib import pbkdf2_hmac

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
           'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'blake2b', 'blake2s',
           'new', 'algorithms_guaranteed', 'algorithms_available', 'pbkdf2_hmac', 'file_digest')

algorithms_guaranteed = frozenset({'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                                   'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'blake2b', 'blake2s'})
algorithms_available = frozenset(_hashlib._names) | {'blake2b', 'blake2s'}

md5 = _hashlib.openssl_md5
sha1 = _hashlib.openssl_sha1
sha224 = _hashlib.openssl_sha224
sha256 = _hashlib.openssl_sha256
sha384 = _hashlib.openssl_sha384
sha512 = _hashlib.openssl_sha512
sha3_224 = _hashlib.openssl_sha3_224
sha3_256 = _hashlib.openssl_sha3_256
sha3_384 = _hashlib.openssl_sha3_384
sha3_512 = _hashlib.openssl_sha3_512
blake2b = _hashlib.blake2b
blake2s = _hashlib.blake2s


def new(name, data=b'', **kwargs):
    """A new hash object of the named algorithm, optionally fed with data."""
    if name in ('blake2b', 'blake2s'):
        return getattr(_hashlib, name)(data, **kwargs)
    return _hashlib.new(name, data, **kwargs)


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """The digest of a binary file object read to its end; digest is a name or a constructor."""
    h = new(digest) if isinstance(digest, str) else digest()
    if hasattr(fileobj, 'getbuffer'):
        h.update(fileobj.getbuffer())
        return h
    if not (hasattr(fileobj, 'readinto') and hasattr(fileobj, 'readable') and fileobj.readable()):
        raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    buf = bytearray(_bufsize)
    view = memoryview(buf)
    while True:
        size = fileobj.readinto(buf)
        if size == 0:
            break
        h.update(view[:size])
    return h
