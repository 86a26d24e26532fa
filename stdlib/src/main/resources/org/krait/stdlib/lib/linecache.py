"""Lines of source files, read once and cached (for tracebacks and warnings)."""

import os

__all__ = ['getline', 'clearcache', 'checkcache', 'lazycache']

# filename -> (size, mtime, lines, fullname)
cache = {}


def clearcache():
    """Forgets every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line lineno (1-based, with its newline) of the file, or '' if there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """All lines of the file (read on first use), or [] if it cannot be read."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drops cache entries whose file changed on disk (all entries, or the one for filename)."""
    names = list(cache.keys()) if filename is None else [filename] if filename in cache else []
    for name in names:
        entry = cache[name]
        if len(entry) == 1:
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue
        try:
            stat = os.stat(fullname)
        except (OSError, ValueError, AttributeError):
            cache.pop(name, None)
            continue
        if size != stat.st_size or mtime != stat.st_mtime:
            cache.pop(name, None)


def updatecache(filename, module_globals=None):
    """Reads the file again into the cache and returns its lines ([] if it cannot be read)."""
    lazy = cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    try:
        with open(filename, encoding='utf-8') as fp:
            lines = fp.readlines()
    except (OSError, UnicodeDecodeError, SyntaxError):
        # A module registered with lazycache may still give its source through its loader.
        if lazy is None or len(lazy) != 1:
            return []
        try:
            data = lazy[0]()
        except (ImportError, OSError):
            return []
        if data is None:
            return []
        lines = data.splitlines(True)
        if lines and not lines[-1].endswith('\n'):
            lines[-1] += '\n'
        cache[filename] = len(data), None, lines, filename
        return lines
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    try:
        stat = os.stat(filename)
        size, mtime = stat.st_size, stat.st_mtime
    except (OSError, AttributeError):
        size, mtime = None, None
    cache[filename] = size, mtime, lines, filename
    return lines


def lazycache(filename, module_globals):
    """Registers a module whose source can be fetched later; True if that was possible."""
    if filename in cache and len(cache[filename]) == 1:
        return True
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if module_globals and '__name__' in module_globals:
        loader = module_globals.get('__loader__')
        get_source = getattr(loader, 'get_source', None)
        if get_source is not None:
            name = module_globals['__name__']
            cache[filename] = (lambda: get_source(name),)
            return True
    return False
