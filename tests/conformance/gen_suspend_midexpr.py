# A yield or await in the middle of an expression: what Python evaluates before it runs exactly once.
import asyncio

calls = []


def f(x):
    calls.append(x)
    return x


def gen():
    total = f(1) + (yield 'first')
    print('total', total, calls)
    pair = (f('a'), (yield 'second'), f('b'))
    print('pair', pair, calls)
    d = {f('k1'): (yield 'third'), f('k2'): 2}
    print('dict', d, calls)
    s = f'{f("x")}-{(yield "fourth")}'
    print('fstring', s, calls)
    n = f(10)
    n += yield 'fifth'
    print('augmented', n)
    return f('done')


g = gen()
print(next(g))
print(g.send(5))
print(g.send('middle'))
print(g.send('v'))
print(g.send('y'))
try:
    g.send(7)
except StopIteration as stop:
    print('returned', stop.value, calls)


async def value(v, delay=0):
    await asyncio.sleep(delay)
    return v


async def main():
    task = asyncio.create_task(value(3, 0.001))
    print(task.done(), await task, task.done())
    counter = 1

    async def bump():
        nonlocal counter
        counter += 100

    asyncio.create_task(bump())
    counter += await value(10)
    print('counter', counter)
    items = [f('p'), await value('q'), f('r')]
    print(items, len(calls))
    print(max(await value(4), await value(9)), f('s') + await value('t'))


asyncio.run(main())
