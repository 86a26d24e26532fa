# importlib.import_module and the __import__ builtin: absolute, relative and dotted names, fromlist.
import importlib
import sys

m = importlib.import_module('json')
print(m.__name__, m is sys.modules['json'])
util = importlib.import_module('mod_pkg.util')
print(util.__name__, util is sys.modules['mod_pkg.util'])
deep = importlib.import_module('.sub.deep', package='mod_pkg')
print(deep.__name__, deep is importlib.import_module('mod_pkg.sub.deep'))
print(importlib.import_module('..util', package='mod_pkg.sub') is util)

top = __import__('mod_pkg.sub.deep')
print(top.__name__, top.sub.deep is deep)
leaf = __import__('mod_pkg.sub', globals(), None, ['deep'], 0)
print(leaf.__name__, leaf.deep is deep)
os_path = __import__('os.path', fromlist=['join'])
print(os_path.join('a', 'b'))
print([x.__name__ for x in map(__import__, ('math', 'time', 'collections'))])

for bad in [lambda: importlib.import_module('no_such_mod_xyz'),
            lambda: importlib.import_module('.sub'),
            lambda: importlib.import_module('...x', package='mod_pkg'),
            lambda: __import__(''),
            lambda: __import__(42)]:
    try:
        bad()
    except (ImportError, TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
importlib.invalidate_caches()
