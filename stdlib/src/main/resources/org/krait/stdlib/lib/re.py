"""Regular expressions with Python's syntax and semantics, run by the Java core _re (java.util.regex)."""

import _re

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile", "purge",
           "template", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U", "ASCII",
           "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag"]


class RegexFlag(int):
    """The flags, combinable with |, &, ^ and ~, shown by name (re.IGNORECASE|re.MULTILINE)."""

    # the order in which names are shown, as in CPython's enum definition
    _order = ()

    def __repr__(self):
        value = int(self)
        if value == 0:
            return 're.NOFLAG'
        names = []
        for name, bit in RegexFlag._order:
            if value & bit:
                names.append('re.' + name)
                value &= ~bit
        if value:
            names.append(hex(value))
        return '|'.join(names)

    __str__ = __repr__

    def __format__(self, spec):
        return format(repr(self), spec)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        everything = 0
        for name, bit in RegexFlag._order:
            everything |= bit
        return RegexFlag(everything & ~int(self))


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)
RegexFlag._order = (('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32), ('MULTILINE', 8),
                    ('DOTALL', 16), ('VERBOSE', 64), ('TEMPLATE', 1), ('DEBUG', 128))
# how Pattern.__repr__ lists flags (CPython's C order)
_PATTERN_FLAG_ORDER = (('re.TEMPLATE', 1), ('re.IGNORECASE', 2), ('re.LOCALE', 4), ('re.MULTILINE', 8),
                       ('re.DOTALL', 16), ('re.UNICODE', 32), ('re.VERBOSE', 64), ('re.DEBUG', 128),
                       ('re.ASCII', 256))


class error(Exception):
    """A regular expression could not be compiled (or a replacement template is invalid).

    msg: the unformatted message; pattern: the pattern; pos: where in it (or None); lineno, colno: the same
    position as line and column.
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = 're'
_re.error = error   # the Java core raises this class


class Pattern:
    """A compiled regular expression."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    @property
    def pattern(self):
        return self._pattern

    @property
    def flags(self):
        return self._flags

    @property
    def groups(self):
        return self._groups

    @property
    def groupindex(self):
        return dict(self._groupindex)

    def match(self, string, pos=0, endpos=None):
        return self._match(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._match(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=None):
        return self._match(string, pos, endpos, 2)

    def _match(self, string, pos, endpos, mode):
        spans = _re.match(self._regex, string, pos, endpos, mode)
        if spans is None:
            return None
        return _new_match(self, string, spans)

    def findall(self, string, pos=0, endpos=None):
        return _re.findall(self._regex, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=None):
        for spans in _re.scanner(self._regex, string, pos, endpos):
            yield _new_match(self, string, spans)

    def split(self, string, maxsplit=0):
        return _re.split(self._regex, string, maxsplit)

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        return _re.sub(self._regex, repl, string, count, lambda spans: _new_match(self, string, spans))

    def scanner(self, string, pos=0, endpos=None):
        return _Scanner(self, string, pos, endpos)

    def __repr__(self):
        flags = self._flags
        if isinstance(self._pattern, str):
            flags &= ~32   # re.UNICODE is implied for str patterns
        text = 're.compile(%.200r' % (self._pattern,)
        if flags:
            names = []
            for name, bit in _PATTERN_FLAG_ORDER:
                if flags & bit:
                    names.append(name)
                    flags &= ~bit
            if flags:
                names.append(hex(flags))
            text += ', ' + '|'.join(names)
        return text + ')'

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self._flags == other._flags and self._pattern == other._pattern

    def __hash__(self):
        return hash((self._pattern, self._flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


Pattern.__module__ = 're'


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos = pos
        self._endpos = endpos
        self._iter = _re.scanner(pattern._regex, string, pos, endpos)

    def match(self):
        spans = next(self._iter, None)
        return None if spans is None else _new_match(self.pattern, self._string, spans)

    search = match


class Match:
    """The result of a successful match: the groups and where they are."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    @property
    def lastindex(self):
        return self._spans[-3]

    @property
    def lastgroup(self):
        index = self._spans[-3]
        if index is None:
            return None
        for name, number in self.re._groupindex.items():
            if number == index:
                return name
        return None

    @property
    def regs(self):
        s = self._spans
        return tuple((s[2 * g], s[2 * g + 1]) for g in range(self.re._groups + 1))

    def _index(self, group):
        if isinstance(group, int) and not isinstance(group, bool):
            if 0 <= group <= self.re._groups:
                return group
        elif isinstance(group, str):
            index = self.re._groupindex.get(group)
            if index is not None:
                return index
        else:
            try:
                index = group.__index__()
            except (AttributeError, TypeError):
                index = -1
            if 0 <= index <= self.re._groups:
                return index
        raise IndexError("no such group")

    def _get(self, group, default=None):
        text = self._spans[2 * self.re._groups + 2 + self._index(group)]
        return default if text is None else text

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(groups[0])
        return tuple(self._get(g) for g in groups)

    def __getitem__(self, group):
        return self._get(group)

    def groups(self, default=None):
        return tuple(self._get(g, default) for g in range(1, self.re._groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(index, default) for name, index in self.re._groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        g = self._index(group)
        return self._spans[2 * g], self._spans[2 * g + 1]

    def expand(self, template):
        return _re.expand(self.re._regex, template, self.string, self._spans)

    def __repr__(self):
        return '<re.Match object; span=%r, match=%.50r>' % (self.span(), self.group())

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


Match.__module__ = 're'


def _new_match(pattern, string, spans):
    # spans: (start, end) of each group, the text of each group, lastindex, pos and endpos (see _re.match)
    m = object.__new__(Match)
    m.re = pattern
    m.string = string
    m.pos = spans[-2]
    m.endpos = spans[-1]
    m._spans = spans
    return m


_cache = {}        # (type(pattern), pattern, flags) -> Pattern
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    regex = _re.compile(pattern, flags)
    p = object.__new__(Pattern)
    p._regex = regex
    p._pattern = pattern
    p._groups, p._groupindex, p._flags = _re.info(regex)
    if not flags & 128:   # re.DEBUG patterns are not cached
        if len(_cache) >= _MAXCACHE:
            del _cache[next(iter(_cache))]   # the oldest entry
        _cache[type(pattern), pattern, flags] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches."
    _cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | TEMPLATE)


# characters that mean something in a pattern (whitespace because of verbose mode)
_special_chars = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    "Escape special characters in a string."
    if isinstance(pattern, str):
        return ''.join('\\' + c if c in _special_chars else c for c in pattern)
    text = str(pattern, 'latin1')
    return ''.join('\\' + c if c in _special_chars else c for c in text).encode('latin1')
