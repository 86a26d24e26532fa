"""Conversion between Python values and C structs represented as bytes (the work is done by _struct)."""

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']

from _struct import calcsize, pack, pack_into, unpack, unpack_from, iter_unpack, Struct, error, _clearcache
