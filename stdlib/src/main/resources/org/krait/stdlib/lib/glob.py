"""Pathname pattern expansion as the Unix shell does it ('*', '?', '[seq]', and '**' when recursive)."""

import contextlib
import fnmatch
import itertools
import os
import re

__all__ = ['glob', 'iglob', 'escape']


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths matching pathname, in directory order; names starting with '.' only match
    patterns starting with '.' unless include_hidden. With recursive, '**' matches any depth of directories."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Like glob(), as an iterator."""
    if dir_fd is not None:
        raise NotImplementedError('glob: dir_fd is not supported by Krait')
    root_dir = pathname[:0] if root_dir is None else os.fspath(root_dir)
    it = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and _isrecursive(pathname[:2]):
        # '**' first yields the empty name (the top directory itself), which is no result
        first = next(it, None)
        if first:
            it = itertools.chain((first,), it)
    return it


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        # a literal path: it is its own result if it exists (a trailing slash asks for a directory)
        if basename:
            if os.path.lexists(_join(root_dir, pathname)):
                yield pathname
        elif os.path.isdir(_join(root_dir, dirname)):
            yield pathname
        return
    if not dirname:
        yield from _match_in(root_dir, basename, recursive, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    for parent in dirs:
        for name in _match_in(_join(root_dir, parent), basename, recursive, dironly, include_hidden):
            yield os.path.join(parent, name)


def _match_in(dirname, pattern, recursive, dironly, include_hidden):
    """The names under dirname that the last path component pattern matches."""
    if not has_magic(pattern):
        return glob0(dirname, pattern)
    if recursive and _isrecursive(pattern):
        return _all_below(dirname, dironly, include_hidden)
    names = _listdir(dirname, dironly)
    if not include_hidden and not _ishidden(pattern):
        names = [name for name in names if not _ishidden(name)]
    return fnmatch.filter(names, pattern)


def _all_below(dirname, dironly, include_hidden):
    """'**': the empty name, then every path below dirname (depth first)."""
    yield dirname[:0]
    yield from _walk(dirname, dironly, include_hidden)


def _walk(dirname, dironly, include_hidden):
    for name in _listdir(dirname, dironly):
        if include_hidden or not _ishidden(name):
            yield name
            for below in _walk(_join(dirname, name) if dirname else name, dironly, include_hidden):
                yield _join(name, below)


def _listdir(dirname, dironly):
    """The names in a directory (only subdirectories if dironly); none if it cannot be read."""
    if dirname:
        where = dirname
    else:
        where = os.curdir.encode('ascii') if isinstance(dirname, bytes) else os.curdir
    names = []
    try:
        with os.scandir(where) as entries:
            for entry in entries:
                try:
                    if not dironly or entry.is_dir():
                        name = entry.name
                        if isinstance(dirname, bytes) and isinstance(name, str):
                            name = os.fsencode(name)
                        names.append(name)
                except OSError:
                    pass
    except OSError:
        pass
    return names


def _join(dirname, basename):
    # unlike os.path.join, an empty part adds no separator
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


_magic = re.compile('([*?[])')
_magic_bytes = re.compile(b'([*?[])')


def has_magic(s):
    """Whether s contains wildcard characters."""
    if isinstance(s, bytes):
        return _magic_bytes.search(s) is not None
    return _magic.search(s) is not None


def _ishidden(path):
    return path[0] in ('.', b'.'[0])


def _isrecursive(pattern):
    return pattern == (b'**' if isinstance(pattern, bytes) else '**')


def escape(pathname):
    """pathname with its wildcard characters bracketed so that it matches itself literally."""
    drive, pathname = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        return drive + _magic_bytes.sub(br'[\1]', pathname)
    return drive + _magic.sub(r'[\1]', pathname)


def glob0(dirname, basename):
    """[basename] if dirname/basename exists (dirname must be a directory if basename is empty), else []."""
    if basename:
        return [basename] if os.path.lexists(_join(dirname, basename)) else []
    return [basename] if os.path.isdir(dirname) else []


def glob1(dirname, pattern):
    """The names in dirname matching the single-component pattern."""
    return _match_in(dirname, pattern, False, False, False)
