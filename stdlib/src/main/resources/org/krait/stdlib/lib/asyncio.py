"""Asynchronous programming with async/await: a single-threaded event loop that runs coroutines as tasks,
futures, sleeping, gathering and waiting (the commonly used core of CPython's asyncio)."""

import collections
import heapq
import time as _time

__all__ = ['run', 'sleep', 'gather', 'wait', 'wait_for', 'as_completed', 'create_task', 'ensure_future',
           'get_running_loop', 'get_event_loop', 'new_event_loop', 'set_event_loop', 'Future', 'Task',
           'CancelledError', 'InvalidStateError', 'TimeoutError', 'Event', 'Lock', 'Queue', 'QueueEmpty',
           'QueueFull', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'iscoroutine',
           'iscoroutinefunction', 'current_task', 'all_tasks', 'AbstractEventLoop']

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

TimeoutError = TimeoutError


class CancelledError(BaseException):
    """The task or future was cancelled."""


class InvalidStateError(Exception):
    """The future is not in a state that allows the operation."""


_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


class Future:
    """A result that will be available later; awaiting it suspends the task until it is set."""

    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []

    def __repr__(self):
        state = self._state.lower()
        if self._state == _FINISHED:
            state += f' exception={self._exception!r}' if self._exception is not None else f' result={self._result!r}'
        return f'<{type(self).__name__} {state}>'

    def get_loop(self):
        return self._loop

    def done(self):
        return self._state != _PENDING

    def cancelled(self):
        return self._state == _CANCELLED

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def result(self):
        if self._state == _CANCELLED:
            raise CancelledError(*(() if getattr(self, '_cancel_message', None) is None else (self._cancel_message,)))
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not ready.')
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise CancelledError
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        return self._exception

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError(f'{self._state}: {self!r}')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError(f'{self._state}: {self!r}')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators and cannot be raised into a Future')
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def add_done_callback(self, fn, *, context=None):
        if self.done():
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        before = len(self._callbacks)
        self._callbacks = [cb for cb in self._callbacks if cb != fn]
        return before - len(self._callbacks)

    def _schedule_callbacks(self):
        callbacks, self._callbacks = self._callbacks, []
        for cb in callbacks:
            self._loop.call_soon(cb, self)

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


class Task(Future):
    """Runs a coroutine on the loop, one step per turn, suspending it while it awaits a future."""

    _counter = 0

    def __init__(self, coro, *, loop=None, name=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        Task._counter += 1
        self._coro = coro
        self._name = name if name is not None else f'Task-{Task._counter}'
        self._waiting_on = None
        self._must_cancel = False
        self._loop.call_soon(self._step)
        _all_tasks.add(self)

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def cancel(self, msg=None):
        if self.done():
            return False
        if self._waiting_on is not None and self._waiting_on.cancel(msg):
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def _step(self, exc=None):
        if self.done():
            return
        if self._must_cancel:
            exc = CancelledError() if exc is None else exc
            self._must_cancel = False
        global _current_task
        _current_task = self
        try:
            result = self._coro.send(None) if exc is None else self._coro.throw(exc)
        except StopIteration as stop:
            super().set_result(stop.value)
        except CancelledError as e:
            super().cancel(e.args[0] if e.args else None)
        except (KeyboardInterrupt, SystemExit) as e:
            super().set_exception(e)
            raise
        except BaseException as e:
            super().set_exception(e)
        else:
            if getattr(result, '_asyncio_future_blocking', False):
                result._asyncio_future_blocking = False
                self._waiting_on = result
                result.add_done_callback(self._wakeup)
                if self._must_cancel and result.cancel():
                    self._must_cancel = False
            elif result is None:
                self._loop.call_soon(self._step)
            else:
                self._loop.call_soon(self._step, RuntimeError(f'Task got bad yield: {result!r}'))
        finally:
            _current_task = None
        if self.done():
            _all_tasks.discard(self)

    def _wakeup(self, future):
        self._waiting_on = None
        try:
            future.result()
        except BaseException as e:
            self._step(e)
        else:
            self._step()


class Handle:
    """A callback scheduled on the loop; cancel() keeps it from running."""

    def __init__(self, callback, args, when=None):
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._when = when

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled

    def when(self):
        return self._when

    def _run(self):
        self._callback(*self._args)


TimerHandle = Handle


class AbstractEventLoop:
    """The event loop: runs ready callbacks in order, then sleeps until the next timer is due."""

    def __init__(self):
        self._ready = collections.deque()
        self._timers = []
        self._sequence = 0
        self._stopping = False
        self._running = False
        self._closed = False

    def time(self):
        return _time.monotonic()

    def call_soon(self, callback, *args, context=None):
        handle = Handle(callback, args)
        self._ready.append(handle)
        return handle

    call_soon_threadsafe = call_soon

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        handle = Handle(callback, args, when)
        self._sequence += 1
        heapq.heappush(self._timers, (when, self._sequence, handle))
        return handle

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        return Task(coro, loop=self, name=name)

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def stop(self):
        self._stopping = True

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        self._closed = True
        self._ready.clear()
        self._timers.clear()

    def run_forever(self):
        global _running_loop
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _running_loop is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        self._running = True
        _running_loop = self
        try:
            while not self._stopping:
                self._run_once()
        finally:
            self._stopping = False
            self._running = False
            _running_loop = None

    def run_until_complete(self, future):
        if self._closed:
            raise RuntimeError('Event loop is closed')
        future = ensure_future(future, loop=self)
        future.add_done_callback(lambda f: self.stop())
        self.run_forever()
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def _run_once(self):
        if not self._ready and self._timers:
            delay = self._timers[0][0] - self.time()
            if delay > 0:
                _time.sleep(delay)
        now = self.time()
        while self._timers and self._timers[0][0] <= now:
            handle = heapq.heappop(self._timers)[2]
            if not handle._cancelled:
                self._ready.append(handle)
        for _ in range(len(self._ready)):
            handle = self._ready.popleft()
            if not handle._cancelled:
                handle._run()


_running_loop = None
_event_loop = None
_current_task = None
_all_tasks = set()


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def get_event_loop():
    global _event_loop
    if _running_loop is not None:
        return _running_loop
    if _event_loop is None:
        _event_loop = AbstractEventLoop()
    return _event_loop


def new_event_loop():
    return AbstractEventLoop()


def set_event_loop(loop):
    global _event_loop
    _event_loop = loop


def current_task(loop=None):
    return _current_task


def all_tasks(loop=None):
    return {t for t in _all_tasks if not t.done()}


def iscoroutine(obj):
    return type(obj).__name__ == 'coroutine'


def iscoroutinefunction(func):
    code = getattr(func, '__code__', None)
    return getattr(func, '_is_coroutine', False) or (code is not None and bool(code.co_flags & 0x80))


def run(main, *, debug=None):
    """Runs the coroutine on a new event loop and returns its result, cancelling leftover tasks."""
    if _running_loop is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not iscoroutine(main):
        raise ValueError(f'a coroutine was expected, got {main!r}')
    loop = new_event_loop()
    set_event_loop(loop)
    try:
        return loop.run_until_complete(main)
    finally:
        leftover = [t for t in _all_tasks if t._loop is loop and not t.done()]
        for task in leftover:
            task.cancel()
        if leftover:
            loop.run_until_complete(gather(*leftover, return_exceptions=True))
        set_event_loop(None)
        loop.close()


def ensure_future(obj, *, loop=None):
    if isinstance(obj, Future):
        return obj
    if loop is None:
        loop = get_event_loop()
    if iscoroutine(obj):
        return loop.create_task(obj)
    if hasattr(type(obj), '__await__'):
        async def wrapper():
            return await obj
        return loop.create_task(wrapper())
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name)


class _Yield:
    """Awaiting it gives the other tasks one turn of the loop (asyncio.sleep(0))."""

    def __await__(self):
        yield


def _set_unless_cancelled(future, result):
    if not future.cancelled():
        future.set_result(result)


async def sleep(delay, result=None):
    if delay <= 0:
        await _Yield()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, _set_unless_cancelled, future, result)
    try:
        return await future
    finally:
        handle.cancel()


def gather(*aws, return_exceptions=False):
    """A future of the list of results of all the awaitables, in the order given."""
    loop = get_event_loop()
    children = [ensure_future(a, loop=loop) for a in aws]
    outer = loop.create_future()
    if not children:
        outer.set_result([])
        return outer
    remaining = [len(children)]

    def child_done(child):
        remaining[0] -= 1
        if outer.done():
            return
        if not return_exceptions:
            if child.cancelled():
                outer.set_exception(CancelledError())
                return
            if child.exception() is not None:
                outer.set_exception(child.exception())
                return
        if remaining[0] == 0:
            results = []
            for c in children:
                if c.cancelled():
                    results.append(CancelledError())
                else:
                    results.append(c.exception() if c.exception() is not None else c.result())
            outer.set_result(results)

    for child in children:
        child.add_done_callback(child_done)
    return outer


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures; returns the sets (done, pending)."""
    loop = get_running_loop()
    fs = {ensure_future(f, loop=loop) for f in fs}
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    waiter = loop.create_future()
    handle = loop.call_later(timeout, _set_unless_cancelled, waiter, None) if timeout is not None else None

    def check(_):
        done = [f for f in fs if f.done()]
        if waiter.done():
            return
        if (return_when == FIRST_COMPLETED and done or len(done) == len(fs)
                or return_when == FIRST_EXCEPTION and any(not f.cancelled() and f.exception() for f in done)):
            waiter.set_result(None)

    for f in fs:
        f.add_done_callback(check)
    check(None)
    try:
        await waiter
    finally:
        if handle is not None:
            handle.cancel()
        for f in fs:
            f.remove_done_callback(check)
    return {f for f in fs if f.done()}, {f for f in fs if not f.done()}


async def wait_for(aw, timeout):
    """The result of the awaitable, or TimeoutError (cancelling it) after timeout seconds."""
    loop = get_running_loop()
    future = ensure_future(aw, loop=loop)
    if timeout is None:
        return await future
    done, _ = await wait({future}, timeout=timeout)
    if not done:
        future.cancel()
        raise TimeoutError
    return future.result()


def as_completed(fs, *, timeout=None):
    """Awaitables that give the results of the futures in the order they finish."""
    loop = get_event_loop()
    todo = [ensure_future(f, loop=loop) for f in dict.fromkeys(fs)]
    finished = collections.deque()
    waiters = collections.deque()

    def on_done(f):
        finished.append(f)
        while waiters:
            w = waiters.popleft()
            if not w.done():
                w.set_result(None)
                break

    for f in todo:
        f.add_done_callback(on_done)

    async def next_result():
        while not finished:
            waiter = loop.create_future()
            waiters.append(waiter)
            if timeout is None:
                await waiter
            else:
                await wait_for(waiter, timeout)
        return finished.popleft().result()

    for _ in todo:
        yield next_result()


class Event:
    def __init__(self):
        self._waiters = collections.deque()
        self._value = False

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            while self._waiters:
                w = self._waiters.popleft()
                if not w.done():
                    w.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        waiter = get_running_loop().create_future()
        self._waiters.append(waiter)
        await waiter
        return True


class Lock:
    def __init__(self):
        self._locked = False
        self._waiters = collections.deque()

    def locked(self):
        return self._locked

    async def acquire(self):
        while self._locked:
            waiter = get_running_loop().create_future()
            self._waiters.append(waiter)
            await waiter
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        while self._waiters:
            w = self._waiters.popleft()
            if not w.done():
                w.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class QueueEmpty(Exception):
    """get_nowait() on an empty queue."""


class QueueFull(Exception):
    """put_nowait() on a full queue."""


class Queue:
    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._items = collections.deque()
        self._getters = collections.deque()
        self._putters = collections.deque()
        self._unfinished = 0
        self._finished = Event()
        self._finished.set()

    def qsize(self):
        return len(self._items)

    def empty(self):
        return not self._items

    def full(self):
        return 0 < self.maxsize <= len(self._items)

    @staticmethod
    def _wake(waiters):
        while waiters:
            w = waiters.popleft()
            if not w.done():
                w.set_result(None)
                break

    async def put(self, item):
        while self.full():
            putter = get_running_loop().create_future()
            self._putters.append(putter)
            await putter
        self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._items.append(item)
        self._unfinished += 1
        self._finished.clear()
        self._wake(self._getters)

    async def get(self):
        while self.empty():
            getter = get_running_loop().create_future()
            self._getters.append(getter)
            await getter
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._items.popleft()
        self._wake(self._putters)
        return item

    def task_done(self):
        if self._unfinished <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished -= 1
        if self._unfinished == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished > 0:
            await self._finished.wait()
