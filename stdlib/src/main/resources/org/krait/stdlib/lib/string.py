"""String constants, capwords, Template ($-substitution) and Formatter (str.format as overridable steps)."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits', 'hexdigits',
           'octdigits', 'printable', 'punctuation', 'whitespace', 'Formatter', 'Template']

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Splits s (on sep, or on whitespace runs), capitalizes each word and joins them with sep (or ' ')."""
    return (sep or ' ').join([w.capitalize() for w in s.split(sep)])


# ---- Template ------------------------------------------------------------------------------------------

_ID_START = frozenset('_' + ascii_letters)
_ID_REST = frozenset('_' + ascii_letters + digits)
_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'


_NO_MAPPING = {}


def _mapping(mapping, kws):
    if mapping is _NO_MAPPING:
        return kws
    if kws:
        return _Overlay(kws, mapping)
    return mapping


class Template:
    """'$who likes $what' with substitute(who=..., what=...); '$$' is a literal '$', '${name}' is braced."""

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = 2  # re.IGNORECASE
    pattern = None

    def __init__(self, template):
        self.template = template

    # A subclass that changes idpattern, braceidpattern, flags or pattern needs regular expressions; the
    # default syntax (with any delimiter) is scanned by hand.
    def _custom_regex(self):
        cls = type(self)
        if (cls.pattern is None and cls.idpattern == _DEFAULT_IDPATTERN and cls.braceidpattern is None
                and cls.flags == 2):
            return None
        import re
        regex = cls.__dict__.get('_compiled_pattern')
        if regex is None:
            pattern = cls.pattern
            if pattern is None or isinstance(pattern, str) and pattern == '':
                delim = re.escape(cls.delimiter)
                ident = cls.idpattern
                bident = cls.braceidpattern or ident
                pattern = (r'%s(?:(?P<escaped>%s)|(?P<named>%s)|{(?P<braced>%s)}|(?P<invalid>))'
                           % (delim, delim, ident, bident))
            if isinstance(pattern, str):
                regex = re.compile(pattern, cls.flags | re.VERBOSE)
            else:
                regex = pattern
            cls._compiled_pattern = regex
        return regex

    def _scan(self):
        """Yields (start, end, kind, name) for each placeholder: kind is 'escaped', 'named', 'braced' or
        'invalid' (then start is where the text after the delimiter begins)."""
        regex = self._custom_regex()
        text = self.template
        if regex is not None:
            for mo in regex.finditer(text):
                for kind in ('named', 'braced', 'escaped', 'invalid'):
                    value = mo.group(kind)
                    if value is not None:
                        if kind == 'invalid':
                            yield mo.start('invalid'), mo.end(), kind, None
                        else:
                            yield mo.start(), mo.end(), kind, value
                        break
                else:
                    raise ValueError('Unrecognized named group in pattern', regex.pattern)
            return
        delim = self.delimiter
        dlen = len(delim)
        n = len(text)
        i = text.find(delim)
        while i >= 0:
            j = i + dlen
            if text.startswith(delim, j):
                yield i, j + dlen, 'escaped', delim
                i = text.find(delim, j + dlen)
                continue
            if j < n and text[j] in _ID_START:
                k = j + 1
                while k < n and text[k] in _ID_REST:
                    k += 1
                yield i, k, 'named', text[j:k]
                i = text.find(delim, k)
                continue
            if j + 1 < n and text[j] == '{' and text[j + 1] in _ID_START:
                k = j + 2
                while k < n and text[k] in _ID_REST:
                    k += 1
                if k < n and text[k] == '}':
                    yield i, k + 1, 'braced', text[j + 1:k]
                    i = text.find(delim, k + 1)
                    continue
            yield j, j, 'invalid', None
            i = text.find(delim, j)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        mapping = _mapping(mapping, kws)
        text = self.template
        out = []
        pos = 0
        for start, end, kind, name in self._scan():
            if kind == 'invalid':
                self._invalid(start)
            out.append(text[pos:start])
            if kind == 'escaped':
                out.append(self.delimiter)
            else:
                out.append('%s' % (mapping[name],))
            pos = end
        out.append(text[pos:])
        return ''.join(out)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        mapping = _mapping(mapping, kws)
        text = self.template
        out = []
        pos = 0
        for start, end, kind, name in self._scan():
            if kind == 'invalid':
                continue
            out.append(text[pos:start])
            if kind == 'escaped':
                out.append(self.delimiter)
            else:
                try:
                    out.append('%s' % (mapping[name],))
                except KeyError:
                    out.append(text[start:end])
            pos = end
        out.append(text[pos:])
        return ''.join(out)

    def is_valid(self):
        for start, end, kind, name in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for start, end, kind, name in self._scan():
            if (kind == 'named' or kind == 'braced') and name not in ids:
                ids.append(name)
        return ids


class _Overlay:
    """Keyword arguments in front of a mapping (what substitute(mapping, **kws) looks names up in)."""

    def __init__(self, front, back):
        self.front = front
        self.back = back

    def __getitem__(self, key):
        if key in self.front:
            return self.front[key]
        return self.back[key]


# ---- Formatter -----------------------------------------------------------------------------------------

def _parse_format(s):
    """Yields (literal_text, field_name, format_spec, conversion) like str.format's parser."""
    n = len(s)
    i = 0
    while i < n:
        start = i
        c = None
        while i < n:
            c = s[i]
            i += 1
            if c == '{' or c == '}':
                break
        else:
            c = None
        if c is None:
            yield s[start:i], None, None, None
            return
        at_end = i >= n
        if c == '}' and (at_end or s[i] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if c == '{' and at_end:
            raise ValueError("Single '{' encountered in format string")
        if s[i] == c:
            i += 1
            yield s[start:i - 1], None, None, None
            continue
        literal = s[start:i - 1]
        # The field name runs to '!', ':' or '}' (a '[...]' index may hold any of them).
        name_start = i
        while True:
            if i >= n:
                raise ValueError("expected '}' before end of string")
            c = s[i]
            i += 1
            if c == '{':
                raise ValueError("unexpected '{' in field name")
            if c == '[':
                while i < n and s[i] != ']':
                    i += 1
            elif c == '}' or c == ':' or c == '!':
                break
        name = s[name_start:i - 1]
        conversion = None
        spec = ''
        if c == '!':
            if i >= n:
                raise ValueError('end of string while looking for conversion specifier')
            conversion = s[i]
            i += 1
            if i >= n:
                raise ValueError("unmatched '{' in format spec")
            c = s[i]
            i += 1
            if c != ':' and c != '}':
                raise ValueError("expected ':' after conversion specifier")
        if c == ':':
            # The format spec may hold nested replacement fields: it ends at the brace matching ours.
            spec_start = i
            depth = 1
            while True:
                if i >= n:
                    raise ValueError("unmatched '{' in format spec")
                c = s[i]
                i += 1
                if c == '{':
                    depth += 1
                elif c == '}':
                    depth -= 1
                    if depth == 0:
                        break
            spec = s[spec_start:i - 1]
        yield literal, name, spec, conversion


def _split_field_name(name):
    """('0.a[b]') -> (0, [(True, 'a'), (False, 'b')]): the first part (an int if all digits) and the rest."""
    n = len(name)
    i = 0
    while i < n and name[i] != '.' and name[i] != '[':
        i += 1
    first = name[:i]
    if first and first.isdigit() and first.isascii():
        first = int(first)
    rest = []
    while i < n:
        c = name[i]
        i += 1
        if c == '.':
            j = i
            while i < n and name[i] != '.' and name[i] != '[':
                i += 1
            if i == j:
                raise ValueError('Empty attribute in format string')
            rest.append((True, name[j:i]))
        elif c == '[':
            j = i
            while i < n and name[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            if i == j:
                raise ValueError('Empty attribute in format string')
            key = name[j:i]
            i += 1
            if key.isdigit() and key.isascii():
                key = int(key)
            rest.append((False, key))
            if i < n and name[i] != '.' and name[i] != '[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    """str.format's machinery as methods a subclass may override (get_value, format_field, ...)."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        for literal, field_name, format_spec, conversion in self.parse(format_string):
            if literal:
                out.append(literal)
            if field_name is None:
                continue
            # auto_arg_index is the next automatic number, or False once a field was numbered by hand.
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                        recursion_depth - 1, auto_arg_index=auto_arg_index)
            out.append(self.format_field(obj, format_spec))
        return ''.join(out), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first
