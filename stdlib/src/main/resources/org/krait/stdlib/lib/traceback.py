"""Print and format exceptions and their tracebacks, the way the interpreter does."""

import sys
import _traceback

__all__ = ['extract_tb', 'format_exc', 'format_exception', 'format_exception_only', 'format_list',
           'format_tb', 'print_exc', 'print_exception', 'print_last', 'print_tb', 'FrameSummary',
           'StackSummary']

_MISSING = object()


def _exception(exc, value):
    """The exception of the old (type, value, tb) and the new (exc) calling conventions."""
    if value is not _MISSING:
        return value
    return exc


class FrameSummary:
    """One entry of a traceback: file, line number, function and source line, and where on the line the
    failing expression is (end_lineno, colno, end_colno; None when not known)."""

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    @property
    def line(self):
        return None if self._line is None else self._line.strip()

    def __iter__(self):
        return iter((self.filename, self.lineno, self.name, self.line))

    def __getitem__(self, index):
        return (self.filename, self.lineno, self.name, self.line)[index]

    def __len__(self):
        return 4

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __repr__(self):
        return f'<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>'


class StackSummary(list):
    """A list of FrameSummary objects."""

    def format(self):
        return format_list(self)


def extract_tb(tb, limit=None):
    entries = [FrameSummary(f, n, name, line=line, end_lineno=end, colno=col, end_colno=end_col)
               for f, n, name, line, end, col, end_col in _traceback.entries(tb)]
    if limit is not None:
        entries = entries[:limit] if limit >= 0 else entries[limit:]
    return StackSummary(entries)


def format_list(extracted_list):
    entries = []
    for frame in extracted_list:
        if isinstance(frame, FrameSummary):
            entries.append((frame.filename, frame.lineno, frame.name, frame._line, frame.end_lineno, frame.colno,
                            frame.end_colno))
        else:
            entries.append(tuple(frame))
    return _traceback.format_list(entries)


def format_tb(tb, limit=None):
    return format_list(extract_tb(tb, limit))


def print_tb(tb, limit=None, file=None):
    _write(format_tb(tb, limit), file)


def format_exception_only(exc, /, value=_MISSING):
    value = _exception(exc, value)
    if value is None:
        return ['NoneType: None\n']
    return _traceback.format_exception_only(value)


def format_exception(exc, /, value=_MISSING, tb=_MISSING, limit=None, chain=True):
    value = _exception(exc, value)
    if value is None:
        return ['NoneType: None\n']
    return _traceback.format_exception(value, chain)


def print_exception(exc, /, value=_MISSING, tb=_MISSING, limit=None, file=None, chain=True):
    _write(format_exception(exc, value, tb, limit=limit, chain=chain), file)


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_value'):
        raise ValueError('no last exception')
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def _write(lines, file):
    if file is None:
        file = sys.stderr
    for line in lines:
        file.write(line)
