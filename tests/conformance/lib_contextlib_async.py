# contextlib for coroutines: asynccontextmanager, AsyncExitStack, aclosing, nullcontext in async with.
from contextlib import (AbstractAsyncContextManager, AsyncExitStack, aclosing, asynccontextmanager,
                        nullcontext)
import types


@types.coroutine
def pause(label):
    received = yield label
    return received


def run(coro):
    """A tiny event loop: resumes the coroutine until it finishes, echoing what each pause yields."""
    value = None
    while True:
        try:
            label = coro.send(value)
        except StopIteration as stop:
            return stop.value
        print('  (paused at', label + ')')
        value = label.upper()


@asynccontextmanager
async def connection(name):
    print('connect', name)
    try:
        yield f'<{name}>'
    except KeyError as e:
        print('recovered from', repr(e))
    finally:
        await pause('disconnect ' + name)
        print('closed', name)


async def worker():
    async with connection('db') as conn:
        print('using', conn, await pause('query'))
    async with connection('cache'):
        raise KeyError('stale')
    try:
        async with connection('api'):
            raise ValueError('timeout')
    except ValueError as e:
        print('propagated', e)
    async with AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(connection(n)) for n in ('a', 'b')]
        stack.callback(print, 'sync cleanup')

        async def release(what):
            await pause('release ' + what)
            print('released', what)
        stack.push_async_callback(release, 'lock')
        print('holding', conns)
    async with nullcontext('nothing') as n:
        print('nullcontext gave', n)

    async def numbers():
        try:
            for i in range(10):
                yield i
        finally:
            print('generator closed')

    async with aclosing(numbers()) as gen:
        async for x in gen:
            if x == 2:
                break
            print('got', x)
    return 'worker done'


print(run(worker()))


class Manual(AbstractAsyncContextManager):
    async def __aexit__(self, *exc):
        print('manual exit', exc[0].__name__ if exc[0] else None)
        return True


async def suppressed():
    async with Manual() as m:
        print('entered', type(m).__name__)
        raise RuntimeError('swallowed')
    return 'after'


print(run(suppressed()), isinstance(Manual(), AbstractAsyncContextManager), isinstance(object(), AbstractAsyncContextManager))


@asynccontextmanager
async def never_yields():
    if False:
        yield


async def broken():
    async with never_yields():
        pass


try:
    run(broken())
except RuntimeError as e:
    print('RuntimeError:', e)
