# A yield or await inside the conditional part of and/or and if-expressions: every subexpression runs once,
# in Python's order, across suspensions.
import asyncio

log = []


_TAG = object()


def note(tag, value=_TAG):
    log.append(tag)
    return tag if value is _TAG else value


def run(gen, sends):
    try:
        out = [next(gen)]
    except StopIteration as stop:
        return [('return', stop.value)]
    for s in sends:
        try:
            out.append(gen.send(s))
        except StopIteration as stop:
            out.append(('return', stop.value))
            break
    return out


def flush(label, result):
    print(label, result, log)
    log.clear()


def and_yield():
    r = note('a', True) and (yield note('y1')) + note('b', 10)
    note(('r', r))
    r = note('c', 0) and (yield 'never')
    note(('r', r))
    return r


flush('and', run(and_yield(), [5, 6]))


def or_yield():
    x = note('f', 0) or (yield note('y'))
    y = note('t', 7) or (yield 'skipped')
    z = note('p', '') or note('q', None) or (yield note('last')) or note('end', 'E')
    return x, y, z


flush('or', run(or_yield(), [1, 0, 9]))


def ifexp_yield(flag):
    v = (yield note('body')) if note('test', flag) else note('else', 'E')
    w = note('b2', 'B') if note('t2', not flag) else note('pre', 1) + (yield note('orelse'))
    return v, w


flush('ifexp true', run(ifexp_yield(True), ['sent', 100]))
flush('ifexp false', run(ifexp_yield(False), [100]))


def nested(n):
    total = note('start', 1) + (note('mid', 2) * (yield 'one') if note('c1', n > 0) else note('alt', 0) or (yield 'two'))
    seen = [note('x', 'x'), note('a2', True) and (yield 'three') and note('z', 'z'), note('after', 'after')]
    return total, seen


flush('nested', run(nested(1), [3, 'Y']))
flush('nested0', run(nested(0), [4, 0]))


def in_call_and_compare():
    r = note(max)(note('arg', 1), note('k', True) and (yield 'in call'))
    cmp = note('lhs', 3) < (note('rhs', 4) if note('tc', True) else (yield 'no'))
    return r, cmp


flush('call', run(in_call_and_compare(), [8]))


def statements(items):
    if note('if-a', True) and (yield 'if'):
        note('then')
    i = 0
    while note(('w', i), i < 2) and (yield ('while', i)):
        i += 1
    for ch in note('iter', 'xy') if note('ft', True) else (yield 'never'):
        note(ch)
    assert note('assert', True) or (yield 'no')
    x = 5
    x += note('aug', 1) and (yield 'aug')
    return x


flush('statements', run(statements([]), [True, True, True, False, 10]))


def loop_gen(n):
    for i in range(n):
        got = note(('i', i), i % 2) or (yield i)
        note(('got', got))


flush('loop', run(loop_gen(4), ['s0', 's2']))


async def value(tag, v):
    note(tag)
    await asyncio.sleep(0)
    return v


async def coro():
    a = note('a', True) and await value('aw1', 5)
    b = note('b', 0) or note('c', 1) + await value('aw2', 2)
    c = await value('aw3', 'T') if note('cond', False) else note('d', 1) - await value('aw4', 1)
    d = [await value(('e', i), i) for i in range(3) if note(('f', i), i != 1) and await value(('g', i), True)]
    e = {note(('k', i), i): (note(('pre', i), 10) + await value(('v', i), i) if i else 0) for i in range(2)}
    f = [x async for x in agen() if note(('h', x), x) or await value(('h2', x), False)]
    g = 0
    while note(('wt', g), g < 2) and await value(('wa', g), True):
        g += 1
    return a, b, c, d, e, f, g


async def agen():
    for i in range(3):
        yield note(('y', i), i) or await value(('ay', i), 0)


flush('coroutine', asyncio.run(coro()))


async def async_genexp():
    gen = (note(('q', i), i) or await value(('r', i), -i) for i in range(3))
    return [x async for x in gen]


flush('async genexp', asyncio.run(async_genexp()))


def chains():
    a = note('c0', 1) < note('c1', 2) < (yield 'chain') < note('c3', 9)
    b = note('d0', 5) < note('d1', 2) < (yield 'never')
    c = [note('s0', 'L')[note('lo', 0):(yield 'slice')], *(note('st', 'ab') if (yield 'star') else ())]
    d = (n := note('walrus', 2) * (yield 'walrus'))
    return a, b, c, d, n


flush('chains', run(chains(), [5, 1, True, 21]))


async def await_operands():
    x = await value(note('op', 'v1'), note('op2', 1) + await value('inner', 2))
    return x


flush('await operand', asyncio.run(await_operands()))


def several():
    s = (yield note('one', 1)) + (yield note('two', 2))
    t = [note('first', 'F'), (yield 'l1'), note('mid', 'M'), (yield 'l2') or note('or', 'O')]
    u = {note('k1', 'a'): (yield 'dv'), (yield 'dk'): note('v2', 'b')}
    w = f"{note('fs', 'x')}-{(yield 'f1')}-{(yield 'f2') if note('fc', True) else ''}"
    return s, t, u, w


flush('several', run(several(), [10, 20, 'L1', '', 'V', 'K', 'A', 'B']))


async def awaits():
    s = await value('x', 1) + await value('y', 2) * (await value('z', 3) if note('zc', True) else 0)
    return s, [await value(i, i) or note(('zero', i), 'Z') for i in range(2)]


flush('awaits', asyncio.run(awaits()))


class Manager:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        note(('enter', self.name))
        return self.name

    def __exit__(self, *exc):
        note(('exit', self.name))


def managers():
    with Manager(note('m1', 'A')) as x, Manager(note('m2', '') or (yield 'm2')) as y:
        z = yield (x, y)
    return z


flush('with', run(managers(), ['B', 'Z']))


class Box:
    def __init__(self):
        self.d = {}
        self.v = 10

    def __getitem__(self, k):
        note(('get', k))
        return self.d.get(k, 0)

    def __setitem__(self, k, v):
        note(('set', k, v))
        self.d[k] = v

    def __getattribute__(self, name):
        if name == 'v':
            note('getattr v')
        return object.__getattribute__(self, name)


def targets(b):
    note('o', b)[note('k', 'a')] = yield 'value'
    note('o2', b)[(yield 'key')] = note('val', 5)
    note('o3', b)[note('k3', 'a')] += yield 'aug'
    note('o4', b)[(yield 'augkey')] += note('inc', 1)
    note('o5', b).v += yield 'attr'
    x = 1
    x += yield 'name'
    note('o6', b).w = yield 'setattr'
    return x, b.d, b.v, b.w


flush('targets', run(targets(Box()), [1, 'b', 2, 'a', 3, 4, 'W']))


def deco(tag):
    note(('deco', tag))

    def apply(f):
        note(('apply', tag))
        return f
    return apply


class Base:
    pass


class Mixin:
    pass


class Meta(type):
    pass


def definitions():
    @note('d1', deco)(note('arg', 1))
    @deco((yield 'in decorator'))
    def f(a=note('def1', 1), b=(yield 'default'), *, c=note('kw', 3), d=(yield 'kwdefault')):
        return a, b, c, d

    @deco(note('cd', 'c'))
    class K(note('base', Base), (yield 'base'), metaclass=note('meta', Meta)):
        pass
    return f(), K.__name__, [c.__name__ for c in K.__mro__], type(K).__name__


flush('definitions', run(definitions(), ['D', 2, 4, Mixin]))


class Loud(dict):
    def __setitem__(self, k, v):
        note(('set', k, v))
        super().__setitem__(k, v)


def deletions_and_chains(d):
    del note('obj', d)[(yield 'key')]
    del note('obj2', d)[note('k2', 'b')], d[(yield 'second')]
    x = note('o1', d)[note('k1', 'a')] = d[(yield 'multi')] = note('value', 5)
    return x, d


flush('del and chained =', run(deletions_and_chains(Loud(a=1, b=2, c=3, z=0)), ['z', 'c', 'b']))
