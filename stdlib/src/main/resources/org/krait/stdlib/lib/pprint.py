"""Pretty-printing of Python data structures: containers too wide for one line are split over several,
nested elements aligned under their opening bracket.

A PrettyPrinter knows how to lay out the built-in containers, strings, bytes and the collections types;
anything else is printed with its repr().
"""

import collections as _collections
import dataclasses as _dataclasses
import re
import sys as _sys
import types as _types
from io import StringIO as _StringIO

__all__ = ['pprint', 'pformat', 'isreadable', 'isrecursive', 'saferepr', 'PrettyPrinter', 'pp']


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
           underscore_numbers=False):
    """Pretty-prints object to stream (sys.stdout by default), with a newline."""
    printer = PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                            sort_dicts=sort_dicts, underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
    """The pretty-printed form of object, as a string."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Like pprint(), with dictionaries in insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """A one-line repr of object that survives recursive data structures."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Whether the repr of object can rebuild it with eval()."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether object contains itself."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _SafeKey:
    """A sort key that orders values of unorderable types by type name and id instead of failing."""
    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return (str(type(self.obj)), id(self.obj)) < (str(type(other.obj)), id(other.obj))


def _safe_tuple(pair):
    return _SafeKey(pair[0]), _SafeKey(pair[1])


def _recursion(object):
    return '<Recursion on %s with id=%s>' % (type(object).__name__, id(object))


_builtin_scalars = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


def _is_dataclass_repr(r):
    # the __repr__ @dataclass generated (not one the class wrote itself)
    return getattr(r, '__module__', None) == 'dataclasses' or (
        hasattr(r, '__wrapped__') and '__create_fn__' in r.__wrapped__.__qualname__)


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True,
                 underscore_numbers=False):
        """indent: spaces per nesting level; width: the line width aimed at; depth: levels shown before
        '...'; compact: several short items per line; sort_dicts: dict items sorted by key."""
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write('\n')

    def pformat(self, object):
        out = _StringIO()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of object; subclasses may override it to change reprs."""
        return self._safe_repr(object, context, maxlevels, level)

    # ---- layout ------------------------------------------------------------------------------------
    # indent is the column the object starts at; allowance is the room to keep free after it on its
    # last line (for the closing brackets and commas that follow); context holds the ids being printed.

    def _format(self, object, stream, indent, allowance, context, level):
        objid = id(object)
        if objid in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        if len(rep) > self._width - indent - allowance:
            layout = self._layout_for(object)
            if layout is not None:
                context[objid] = 1
                layout(self, object, stream, indent, allowance, context, level + 1)
                del context[objid]
                return
        stream.write(rep)

    def _layout_for(self, object):
        # the most derived class in the table whose __repr__ the object's type still has
        r = type(object).__repr__
        for cls in type(object).__mro__:
            layout = self._dispatch.get(cls)
            if layout is not None and r is cls.__repr__:
                return layout
        if (_dataclasses.is_dataclass(object) and not isinstance(object, type)
                and object.__dataclass_params__.repr and _is_dataclass_repr(r)):
            return PrettyPrinter._pprint_dataclass
        return None

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        name = object.__class__.__name__
        items = [(f.name, getattr(object, f.name)) for f in _dataclasses.fields(object) if f.repr]
        stream.write(name + '(')
        self._format_namespace_items(items, stream, indent + len(name) + 1, allowance, context, level)
        stream.write(')')

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        if len(object):
            items = sorted(object.items(), key=_safe_tuple) if self._sort_dicts else object.items()
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        stream.write('}')

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        self._format(list(object.items()), stream, indent + len(name) + 1, allowance + 1, context, level)
        stream.write(')')

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write('(')
        end = ',)' if len(object) == 1 else ')'
        self._format_items(object, stream, indent, allowance + len(end), context, level)
        stream.write(end)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        typ = object.__class__
        if typ is set:
            stream.write('{')
            end = '}'
        else:
            stream.write(typ.__name__ + '({')
            end = '})'
            indent += len(typ.__name__) + 1
        items = sorted(object, key=_SafeKey)
        self._format_items(items, stream, indent, allowance + len(end), context, level)
        stream.write(end)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        # split into lines, and lines too long at word boundaries (keeping the spaces with the words)
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1  # for the parenthesis
            allowance += 1
        width_last = width = self._width - indent
        rep = ''
        for i, line in enumerate(lines):
            rep = repr(line)
            if i == len(lines) - 1:
                width_last -= allowance
            if len(rep) <= width_last:
                chunks.append(rep)
                continue
            parts = re.findall(r'\S*\s*', line)
            parts.pop()  # the empty match at the end
            room = width
            current = ''
            for j, part in enumerate(parts):
                candidate = current + part
                if j == len(parts) - 1 and i == len(lines) - 1:
                    room -= allowance
                if len(repr(candidate)) > room:
                    if current:
                        chunks.append(repr(current))
                    current = part
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            stream.write(rep)
            return
        if level == 1:
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(chunks))
        if level == 1:
            stream.write(')')

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(_wrap_bytes_repr(object, self._width - indent, allowance)))
        if parens:
            stream.write(')')

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write('bytearray(')
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1, context, level + 1)
        stream.write(')')

    def _pprint_mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write('mappingproxy(')
        self._format(object.copy(), stream, indent + 13, allowance + 1, context, level)
        stream.write(')')

    def _pprint_simplenamespace(self, object, stream, indent, allowance, context, level):
        name = 'namespace' if type(object) is _types.SimpleNamespace else object.__class__.__name__
        stream.write(name + '(')
        self._format_namespace_items(object.__dict__.items(), stream, indent + len(name) + 1, allowance,
                                     context, level)
        stream.write(')')

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        separator = ',\n' + ' ' * indent
        last_index = len(items) - 1
        for i, (key, value) in enumerate(items):
            last = i == last_index
            rep = self._repr(key, context, level)
            stream.write(rep + ': ')
            self._format(value, stream, indent + len(rep) + 2, allowance if last else 1, context, level)
            if not last:
                stream.write(separator)

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        separator = ',\n' + ' ' * indent
        last_index = len(items) - 1
        for i, (key, value) in enumerate(items):
            last = i == last_index
            stream.write(key + '=')
            if id(value) in context:
                # a reference back to an enclosing namespace: its repr would recurse
                stream.write('...')
            else:
                self._format(value, stream, indent + len(key) + 1, allowance if last else 1, context, level)
            if not last:
                stream.write(separator)

    def _format_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        separator = ',\n' + ' ' * indent
        delim = ''
        width = max_width = self._width - indent + 1
        it = iter(items)
        try:
            following = next(it)
        except StopIteration:
            return
        last = False
        while not last:
            item = following
            try:
                following = next(it)
            except StopIteration:
                last = True
                max_width -= allowance
                width -= allowance
            if self._compact:
                # as many items per line as fit
                rep = self._repr(item, context, level)
                needed = len(rep) + 2
                if width < needed:
                    width = max_width
                    if delim:
                        delim = separator
                if width >= needed:
                    width -= needed
                    stream.write(delim)
                    delim = ', '
                    stream.write(rep)
                    continue
            stream.write(delim)
            delim = separator
            self._format(item, stream, indent, allowance if last else 1, context, level)

    def _repr(self, object, context, level):
        rep, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return rep

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = object.__class__.__name__
        indent += len(name) + 1
        stream.write('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '({')
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        self._format_dict_items(object.most_common(), stream, indent + len(name) + 1, allowance + 2, context,
                                level)
        stream.write('})')

    def _pprint_chain_map(self, object, stream, indent, allowance, context, level):
        if not len(object.maps):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        indent += len(name) + 1
        for i, m in enumerate(object.maps):
            if i == len(object.maps) - 1:
                self._format(m, stream, indent, allowance + 1, context, level)
                stream.write(')')
            else:
                self._format(m, stream, indent, 1, context, level)
                stream.write(',\n' + ' ' * indent)

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '([')
        indent += len(name) + 1
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write('])')
        else:
            self._format_items(object, stream, indent, 2, context, level)
            maxlen = self._repr(object.maxlen, context, level)
            stream.write('],\n%smaxlen=%s)' % (' ' * indent, maxlen))

    def _pprint_user_data(self, object, stream, indent, allowance, context, level):
        # UserDict, UserList and UserString print as the data they wrap
        self._format(object.data, stream, indent, allowance, context, level - 1)

    # ---- one-line reprs ------------------------------------------------------------------------------

    def _safe_repr(self, object, context, maxlevels, level):
        """(repr, readable, recursive); containers are limited to maxlevels levels and guarded against
        containing themselves."""
        typ = type(object)
        if typ in _builtin_scalars:
            return repr(object), True, False
        r = getattr(typ, '__repr__', None)
        if issubclass(typ, int) and r is int.__repr__:
            if self._underscore_numbers:
                return f'{object:_d}', True, False
            return repr(object), True, False
        if issubclass(typ, dict) and r is dict.__repr__:
            if not object:
                return '{}', True, False
            items = sorted(object.items(), key=_safe_tuple) if self._sort_dicts else object.items()
            return self._safe_container(object, '{%s}', items, context, maxlevels, level, True)
        if issubclass(typ, list) and r is list.__repr__:
            if not object:
                return '[]', True, False
            return self._safe_container(object, '[%s]', object, context, maxlevels, level, False)
        if issubclass(typ, tuple) and r is tuple.__repr__:
            if not object:
                return '()', True, False
            template = '(%s,)' if len(object) == 1 else '(%s)'
            return self._safe_container(object, template, object, context, maxlevels, level, False)
        rep = repr(object)
        return rep, (rep and not rep.startswith('<')), False

    def _safe_container(self, object, template, items, context, maxlevels, level, pairs):
        objid = id(object)
        if maxlevels and level >= maxlevels:
            return template % '...', False, objid in context
        if objid in context:
            return _recursion(object), False, True
        context[objid] = 1
        readable = True
        recursive = False
        parts = []
        level += 1
        for item in items:
            if pairs:
                krepr, kreadable, krecur = self.format(item[0], context, maxlevels, level)
                vrepr, vreadable, vrecur = self.format(item[1], context, maxlevels, level)
                parts.append('%s: %s' % (krepr, vrepr))
                readable = readable and kreadable and vreadable
                recursive = recursive or krecur or vrecur
            else:
                rep, item_readable, item_recursive = self.format(item, context, maxlevels, level)
                parts.append(rep)
                readable = readable and item_readable
                recursive = recursive or item_recursive
        del context[objid]
        return template % ', '.join(parts), readable, recursive

    _dispatch = {}


def _wrap_bytes_repr(object, width, allowance):
    """The reprs of 4-byte-aligned slices of object that each fit width (the last one allowance less)."""
    pieces = []
    current = b''
    last = len(object) // 4 * 4
    for i in range(0, len(object), 4):
        part = object[i:i + 4]
        candidate = current + part
        if i == last:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                pieces.append(repr(current))
            current = part
        else:
            current = candidate
    if current:
        pieces.append(repr(current))
    return pieces


# the layouts, chosen by the __repr__ the object's type has (a subclass that changes __repr__ is not split)
PrettyPrinter._dispatch = dict([
    (dict, PrettyPrinter._pprint_dict),
    (_collections.OrderedDict, PrettyPrinter._pprint_ordered_dict),
    (list, PrettyPrinter._pprint_list),
    (tuple, PrettyPrinter._pprint_tuple),
    (set, PrettyPrinter._pprint_set),
    (frozenset, PrettyPrinter._pprint_set),
    (str, PrettyPrinter._pprint_str),
    (bytes, PrettyPrinter._pprint_bytes),
    (bytearray, PrettyPrinter._pprint_bytearray),
    (_types.MappingProxyType, PrettyPrinter._pprint_mappingproxy),
    (_types.SimpleNamespace, PrettyPrinter._pprint_simplenamespace),
    (_collections.defaultdict, PrettyPrinter._pprint_default_dict),
    (_collections.Counter, PrettyPrinter._pprint_counter),
    (_collections.ChainMap, PrettyPrinter._pprint_chain_map),
    (_collections.deque, PrettyPrinter._pprint_deque),
    (_collections.UserDict, PrettyPrinter._pprint_user_data),
    (_collections.UserList, PrettyPrinter._pprint_user_data),
    (_collections.UserString, PrettyPrinter._pprint_user_data),
])
