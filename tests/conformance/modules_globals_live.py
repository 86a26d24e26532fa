# globals(), a module's __dict__ and exec/eval namespaces are live dicts, as in CPython.
import sys

x = 1
g = globals()
g['y'] = 2
print(y, 'y' in dir())
g['x'] += 10
print(x)
del g['y']
try:
    print(y)
except NameError as e:
    print('NameError:', e)

def bump():
    global counter
    counter = counter + 1 if 'counter' in globals() else 1
    return counter

print(bump(), bump(), globals()['counter'])
del counter
print('counter' in globals(), bump())

def f():
    return x * 2

g['x'] = 5
print(f(), f.__globals__ is g, sys._getframe().f_globals is g)

me = sys.modules[__name__]
print(me.__dict__ is g, vars(me) is g)
me.z = 'set as attribute'
print(z, g['z'])
setattr(me, 'x', 100)
print(x, f())

# exec with a dict: functions defined there keep using that dict
ns = {}
exec("a = 1\ndef get():\n    return a\n", ns)
print(ns['get'](), sorted(k for k in ns if k != '__builtins__'))
ns['a'] = 42
print(ns['get']())
exec("a += 1", ns)
print(ns['a'], ns['get']())
print(eval("a * 2", ns))
ns.clear()
try:
    exec("print(a)", ns)
except NameError as e:
    print('NameError:', e)

# exec with separate locals: assignments go to the locals mapping
gl = {'base': 10}
lo = {}
exec("v = base + 1", gl, lo)
print(lo['v'], 'v' in gl)

# copies are plain snapshots
snap = dict(globals())
g['late'] = 'later'
print('late' in snap, late)
keys = [k for k in globals() if not k.startswith('__')]
print(keys[:6])
for name in ('a1', 'a2'):
    globals()[name] = name.upper()
print(a1, a2)
globals().update(b1=1, b2=2)
print(b1 + b2)
print(globals().pop('b1'), 'b1' in globals())
print(globals().setdefault('b3', 3), b3)
