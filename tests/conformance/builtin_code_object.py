# Code objects: f.__code__, frame.f_code and compile() give one type, with CPython's co_* attributes, and
# exec/eval run both a function's code and compiled module code.
import sys
import types


def f(a, b=1, *args, c, d=2, **kw):
    x = a + b
    y = [x]
    return y


def g(p, /, q):
    def inner():
        return p
    return inner


async def co():
    pass


def gen():
    yield 1


async def agen():
    yield 1


lam = lambda z: z
for fn in (f, g, g(1, 2), co, gen, agen, lam):
    c = fn.__code__
    print(type(c).__name__, c.co_name, c.co_qualname, c.co_firstlineno, c.co_flags, c.co_argcount,
          c.co_posonlyargcount, c.co_kwonlyargcount, c.co_varnames, c.co_nlocals, c.co_filename == __file__)
print(f.__code__ is f.__code__, g(1, 2).__code__ is g(3, 4).__code__, f.__code__ == f.__code__, f.__code__ != g.__code__)
print(hash(f.__code__) == hash(f.__code__), repr(f.__code__).startswith('<code object f at 0x'),
      repr(f.__code__).endswith('line 7>'))

m = compile('x = 1\ny = x + 1', 'myfile', 'exec')
e = compile('1 + 2', 'expr', 'eval')
s = compile('print(5)', 'single', 'single')
for c in (m, e, s):
    print(type(c).__name__, c.co_name, c.co_qualname, c.co_firstlineno, c.co_flags, c.co_argcount, c.co_varnames,
          c.co_filename, c.co_nlocals)
print(type(m) is type(f.__code__), type(m) is types.CodeType, isinstance(f.__code__, types.CodeType))
print(repr(m).startswith('<code object <module> at 0x'), repr(m).endswith('file "myfile", line 1>'))

ns = {}
exec(m, ns)
print(ns['y'], eval(e), eval(e, {}))
exec(s)


def h():
    return 42


print(eval(h.__code__), exec(h.__code__))


def needs(a):
    return a


for code in (needs.__code__, g(1, 2).__code__):
    try:
        exec(code)
    except TypeError as err:
        print('exec:', err)
try:
    eval(g(1, 2).__code__)
except TypeError as err:
    print('eval:', err)

counter = 0


def bump():
    global counter
    counter += 10
    return counter


scope = {'counter': 5}
print(eval(bump.__code__, scope), scope['counter'], counter)
exec(bump.__code__)
print(counter)


def uses_global():
    return v * 2


print(eval(uses_global.__code__, {'v': 3}), eval(uses_global.__code__, {'v': 'ab'}))

frame = sys._getframe()
print(type(frame.f_code).__name__, frame.f_code.co_name, frame.f_code.co_filename == __file__)


def where():
    return sys._getframe().f_code


print(where() is where.__code__, where().co_name, where().co_firstlineno, where().co_varnames, where().co_flags)


def deco(fn):
    return fn


@deco
@deco
def decorated():
    pass


print(decorated.__code__.co_firstlineno)


class K:
    def meth(self):
        return sys._getframe().f_code

    class Inner:
        def deep(self):
            return [lambda: 0 for _ in '']


print(K().meth().co_qualname, K.meth.__code__.co_qualname, K.Inner.deep.__code__.co_flags, K().meth().co_varnames)


def outer():
    def middle():
        class Local:
            def method(self):
                pass
        return Local
    return middle()


print(outer().method.__code__.co_qualname, outer().method.__code__.co_flags)


def paused():
    local = 'here'
    yield sys._getframe().f_code.co_name
    yield local


pg = paused()
print(next(pg), pg.gi_frame.f_code.co_name, pg.gi_frame.f_code is paused.__code__, paused.__code__.co_varnames)


def cells(p, /, q):
    r = 1

    def inner():
        nonlocal r
        return p + r
    return inner


class WithClassCell:
    def m(self):
        return __class__


print(cells.__code__.co_cellvars, cells.__code__.co_freevars, cells(1, 2).__code__.co_freevars,
      cells(1, 2).__code__.co_cellvars, WithClassCell.m.__code__.co_freevars, e.co_freevars, e.co_cellvars)
