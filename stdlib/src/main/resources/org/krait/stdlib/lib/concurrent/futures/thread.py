"""ThreadPoolExecutor: runs calls in a pool of reusable threads."""

import os
import queue
import threading
from concurrent.futures import _base

# Worker threads still running, with their executor's work queue: woken and joined at exit.
_threads_queues = {}
_shutdown = False
# Taken by submit() too, so no work is queued once the exit has begun.
_global_shutdown_lock = threading.Lock()


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


# Runs before the non-daemon threads (the workers) are joined at exit.
threading._register_atexit(_python_exit)


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            # no reference cycle through the exception's traceback
            self = None
        else:
            self.future.set_result(result)


def _worker(executor, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException as exc:
            _base._report('Exception in initializer:', exc)
            executor._initializer_failed()
            return
    try:
        while True:
            item = work_queue.get(block=True)
            if item is not None:
                item.run()
                del item
                executor._idle_semaphore.release()
                continue
            # None means shut down: pass the signal on to the next worker
            if _shutdown or executor._shutdown:
                executor._shutdown = True
                work_queue.put(None)
                return
    except BaseException as exc:
        _base._report('Exception in worker', exc)
    finally:
        _threads_queues.pop(threading.current_thread(), None)


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when a worker thread in a ThreadPoolExecutor failed initializing."""


_pool_count = 0


def _next_pool_number():
    global _pool_count
    _pool_count += 1
    return _pool_count - 1


class ThreadPoolExecutor(_base.Executor):
    """Runs submitted calls in up to max_workers threads, started on demand and reused."""

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            # I/O-bound work is the usual use: more threads than cores, but not too many
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = thread_name_prefix or ("ThreadPoolExecutor-%d" % _next_pool_number())
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        """Schedules fn(*args, **kwargs) on a worker thread; returns a Future for its result."""
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            future = _base.Future()
            self._work_queue.put(_WorkItem(future, fn, args, kwargs))
            self._adjust_thread_count()
            return future

    def _adjust_thread_count(self):
        # an idle worker takes the new item; otherwise start one, up to max_workers
        if self._idle_semaphore.acquire(timeout=0):
            return
        count = len(self._threads)
        if count < self._max_workers:
            t = threading.Thread(name='%s_%d' % (self._thread_name_prefix, count), target=_worker,
                                 args=(self, self._work_queue, self._initializer, self._initargs))
            t.start()
            self._threads.add(t)
            _threads_queues[t] = self._work_queue

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = 'A thread initializer failed, the thread pool is not usable anymore'
            # the queued calls will never run: fail their futures
            while True:
                try:
                    item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if item is not None:
                    item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        """No new calls; with cancel_futures, queued calls are cancelled; with wait, waits for the workers."""
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if item is not None:
                        item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()
