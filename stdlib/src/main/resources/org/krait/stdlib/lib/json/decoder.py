"""JSON decoding: JSONDecoder and JSONDecodeError (the parser itself is the Java core _json)."""

import _json

__all__ = ['JSONDecoder', 'JSONDecodeError']


class JSONDecodeError(ValueError):
    """A JSON document could not be decoded.

    msg: the unformatted message; doc: the document; pos: where in it the problem is; lineno, colno: the same
    position as line and column.
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


JSONDecodeError.__module__ = 'json.decoder'
_json.JSONDecodeError = JSONDecodeError   # the Java core raises this class


class JSONDecoder(object):
    """Decodes JSON text into Python objects (objects become dicts, arrays lists, and so on)."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s, _w=None):
        """The Python object of the JSON document s (whitespace around it is allowed)."""
        return _json.decode(s, self.strict, self.object_hook, self.object_pairs_hook, self.parse_float,
                            self.parse_int, self.parse_constant)

    def raw_decode(self, s, idx=0):
        """The JSON value starting at s[idx], and the index just after it: (obj, end)."""
        return _json.raw_decode(s, idx, self.strict, self.object_hook, self.object_pairs_hook, self.parse_float,
                                self.parse_int, self.parse_constant)
