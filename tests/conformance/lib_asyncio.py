# asyncio: tasks, futures, sleep, gather, wait, wait_for, as_completed, locks, events and queues.
import asyncio


async def worker(name, delay, log):
    log.append(f'{name} start')
    await asyncio.sleep(delay)
    log.append(f'{name} end')
    return name.upper()


async def failing(delay):
    await asyncio.sleep(delay)
    raise ValueError(f'failed after {delay}')


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0)
    await q.put(None)


async def consumer(q, out):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            return len(out)
        out.append(item * item)


async def main():
    log = []
    results = await asyncio.gather(worker('a', 0.1, log), worker('b', 0.05, log), worker('c', 0, log))
    print(results, log)
    print(await asyncio.gather(failing(0.01), worker('d', 0, []), return_exceptions=True))
    try:
        await asyncio.gather(failing(0.01), worker('e', 0.02, []))
    except ValueError as e:
        print('gather raised', e)
    task = asyncio.create_task(worker('t', 0.01, log))
    started = task.done()
    value = await task
    print(started, value, task.done(), task.result())
    done, pending = await asyncio.wait([asyncio.create_task(worker(n, d, [])) for n, d in [('x', 0.03), ('y', 0.005)]],
                                       return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    try:
        await asyncio.wait_for(worker('slow', 1, []), timeout=0.01)
    except asyncio.TimeoutError:
        print('timed out', asyncio.TimeoutError is TimeoutError)
    order = []
    for coro in asyncio.as_completed([worker('p', 0.03, []), worker('q', 0.01, []), worker('r', 0.02, [])]):
        order.append(await coro)
    print(order)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, 'from the future')
    print(await fut, fut.done())
    lock = asyncio.Lock()
    shared = []

    async def critical(n):
        async with lock:
            shared.append(f'in {n}')
            await asyncio.sleep(0.001)
            shared.append(f'out {n}')

    await asyncio.gather(*(critical(i) for i in range(3)))
    print(shared)
    event = asyncio.Event()

    async def waiter():
        await event.wait()
        return 'event seen'

    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    print(w.done(), event.is_set())
    event.set()
    print(await w)
    q = asyncio.Queue()
    out = []
    n, _ = await asyncio.gather(consumer(q, out), producer(q, 5))
    print(n, out, q.empty())
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled', t.cancelled())
    return 'main done'


print(asyncio.run(main()))
coro = main()
print(asyncio.iscoroutine(coro), asyncio.iscoroutine(main), asyncio.iscoroutinefunction(main),
      asyncio.iscoroutinefunction(worker.__code__.co_name.upper))
coro.close()
