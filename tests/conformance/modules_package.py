# Packages, relative imports, "import *", sys.modules and module attributes, with a sibling module that
# mixes classes, generators and exceptions.
import sys
import mod_pkg.sub.deep as d
from mod_pkg import *
from mod_pkg.sub import deep
from mod_pkg.inventory import Inventory, OutOfStock
import mod_pkg.inventory as inv_module

print(helper(3), VERSION, d.g(), deep is d)
print(d.Point.__annotations__, d.Point().f(None), d.Point.y)
print(sorted(k for k in sys.modules if k.startswith('mod_pkg')))
import mod_pkg.sub.deep
print(mod_pkg.sub.deep.__name__, mod_pkg.sub.deep.__package__, mod_pkg.__package__, mod_pkg.util.__package__)
print(hasattr(mod_pkg, '__path__'), hasattr(mod_pkg.util, '__path__'), __name__)
x: int = 5
print(__annotations__)
try:
    from mod_pkg import nothing
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print(e, e.name)
sys.modules['fake_module'] = 42
import fake_module
print(fake_module)
del sys.modules['fake_module']

stock = Inventory().add('apple', 3).add('pear').add('plum', 10)
print(len(stock), list(stock), list(stock.low(5)))
try:
    stock.take('pear', 2)
except OutOfStock as e:
    print('OutOfStock:', e, e.item, isinstance(e, Exception), type(e).__module__)
print(inv_module.Inventory is Inventory, Inventory.__module__, Inventory.__qualname__)
