# async def functions produce coroutine objects; without asyncio they can be driven by hand
# with send(), like a tiny event loop.

async def add(a, b):
    return a + b


coro = add(2, 3)
print(type(coro).__name__, coro.__name__, coro.__qualname__)
try:
    coro.send(None)
except StopIteration as stop:
    print('result:', stop.value)

# A coroutine that is never awaited can be closed.
pending = add(1, 1)
pending.close()
print('closed', type(pending).__name__)

# Coroutines are not iterators and cannot be iterated directly.
c = add(0, 0)
try:
    iter(c)
except TypeError as e:
    print('TypeError:', e)
try:
    next(c)
except TypeError as e:
    print('TypeError:', e)
c.close()


class Sleep:
    """An awaitable that suspends the coroutine once per tick."""

    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        for _ in range(self.ticks):
            yield 'tick'
        return self.ticks


async def task(name, delays, log):
    total = 0
    for d in delays:
        waited = await Sleep(d)
        total += waited
        log.append(f'{name} woke after {waited}')
    return f'{name} done ({total})'


async def fetch(url, log):
    log.append(f'fetch {url}')
    await Sleep(1)
    return len(url)


async def crawler(urls, log):
    sizes = []
    for url in urls:
        sizes.append(await fetch(url, log))     # awaiting another coroutine
    return sizes


def run(*coroutines):
    """Round-robin scheduler: each send(None) runs a coroutine to its next suspension."""
    queue = list(coroutines)
    results = []                 # in order of completion
    steps = 0
    while queue:
        coro = queue.pop(0)
        try:
            coro.send(None)
            steps += 1
            queue.append(coro)
        except StopIteration as stop:
            results.append(stop.value)
    return results, steps


log = []
results, steps = run(task('a', [1, 2], log), task('b', [2], log), crawler(['x.org', 'example.com'], log))
for line in log:
    print(' ', line)
print(results, steps)


# Exceptions inside coroutines propagate out of send(); throw() injects them.
async def failing():
    await Sleep(1)
    raise ValueError('async failure')


f = failing()
f.send(None)
try:
    f.send(None)
except ValueError as e:
    print('ValueError:', e)


async def guarded(log):
    try:
        await Sleep(5)
    except KeyError as e:
        log.append(f'guarded caught {e!r}')
        return 'recovered'
    finally:
        log.append('guarded finally')


log = []
g = guarded(log)
print(g.send(None))
try:
    g.throw(KeyError('cancel'))
except StopIteration as stop:
    print('stopped with', stop.value, log)

# Closing a suspended coroutine runs its finally block.
log = []
g = guarded(log)
g.send(None)
g.close()
print(log)

# Awaiting a non-awaitable is a TypeError raised inside the coroutine.
async def bad():
    await 42


b = bad()
try:
    b.send(None)
except TypeError as e:
    print('TypeError:', e)


# Async generators and async comprehensions exist too; check their types only.
async def ticker(n):
    for i in range(n):
        yield i


agen = ticker(3)
print(type(agen).__name__, type(ticker).__name__)


async def collect():
    return [i async for i in ticker(4)]


c = collect()
try:
    c.send(None)
except StopIteration as stop:
    print('async comprehension:', stop.value)
print(type(add).__name__, callable(add))
