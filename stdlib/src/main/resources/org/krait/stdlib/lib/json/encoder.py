"""JSON encoding: JSONEncoder (the serializer itself is the Java core _json)."""

import _json

__all__ = ['JSONEncoder']

INFINITY = float('inf')
encode_basestring = _json.encode_basestring
encode_basestring_ascii = _json.encode_basestring_ascii
py_encode_basestring = encode_basestring
py_encode_basestring_ascii = encode_basestring_ascii


class JSONEncoder(object):
    """Encodes Python objects as JSON: dict, list, tuple, str, int, float, True, False and None; anything else
    goes through default(), which subclasses may override to return something serializable."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        """The JSON text of o."""
        if isinstance(o, str):
            return encode_basestring_ascii(o) if self.ensure_ascii else encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o in pieces (one piece when _one_shot and there is no indent)."""
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        one_shot = _one_shot and indent is None
        result = _json.encode(o, self.skipkeys, self.ensure_ascii, self.check_circular, self.allow_nan,
                              self.sort_keys, indent, self.item_separator, self.key_separator, self.default, one_shot)
        return (result,) if one_shot else iter(result)
