"""importlib: importing a module by name at run time."""
import sys

__all__ = ['import_module', 'invalidate_caches']


def _resolve_name(name, package, level):
    base = package
    for _ in range(1, level):
        base, dot, _tail = base.rpartition('.')
        if not dot:
            raise ImportError('attempted relative import beyond top-level package')
    return base + '.' + name if name else base


def import_module(name, package=None):
    """Imports the module `name` (`'.x'` is relative to `package`) and returns it, not its top package."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative import for %r" % name)
        level = len(name) - len(name.lstrip('.'))
        name = _resolve_name(name[level:], package, level)
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """Nothing to do: Krait's importer keeps no cache of folder listings; every import looks afresh."""
