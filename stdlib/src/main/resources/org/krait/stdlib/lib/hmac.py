"""Keyed-hashing for message authentication (HMAC, RFC 2104) on top of hashlib."""

import hashlib as _hashlib
from _hashlib import compare_digest

__all__ = ('new', 'digest', 'compare_digest', 'HMAC', 'digest_size')

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

# HMAC objects have no fixed size: this module-level name exists for PEP 247 compatibility only
digest_size = None


def _constructor(digestmod):
    """A callable making a fresh hash object from a name, a constructor or a module with new()."""
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda d=b'': _hashlib.new(digestmod, d)
    return lambda d=b'': digestmod.new(d)


class HMAC:
    """An HMAC object: update() it with the message, then read digest() or hexdigest()."""
    blocksize = 64

    __slots__ = ('_inner', '_outer', '_digest_size', '_block_size')

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError(f"key: expected bytes or bytearray, but got {type(key).__name__!r}")
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make = _constructor(digestmod)
        self._inner = make()
        self._outer = make()
        self._digest_size = self._inner.digest_size
        block_size = getattr(self._inner, 'block_size', None)
        if block_size is None or block_size < 16:
            block_size = self.blocksize
        self._block_size = block_size
        if len(key) > block_size:
            key = make(key).digest()
        key = bytes(key).ljust(block_size, b'\0')
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return 'hmac-' + self._inner.name

    @property
    def digest_size(self):
        return self._digest_size

    @property
    def block_size(self):
        return self._block_size

    def update(self, msg):
        """Feeds more of the message."""
        self._inner.update(msg)

    def copy(self):
        """An independent copy of this HMAC object."""
        other = HMAC.__new__(HMAC)
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        other._digest_size = self._digest_size
        other._block_size = self._block_size
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        """The MAC of the message so far, as bytes; more updates may follow."""
        return self._current().digest()

    def hexdigest(self):
        """Like digest(), as a string of hex digits."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """A new HMAC object keyed with key, of the given digest (required)."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The MAC of msg under key with the given digest, in one call."""
    return HMAC(key, msg, digest).digest()
