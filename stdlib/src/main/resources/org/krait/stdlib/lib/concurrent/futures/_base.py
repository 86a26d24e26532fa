"""Futures, executors and the functions that wait for futures (shared by the thread and process pools)."""

import sys
import threading
import time
import _thread

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

# A future's states; a cancelled future becomes CANCELLED_AND_NOTIFIED once its waiters know.
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

_DONE_STATES = (CANCELLED_AND_NOTIFIED, FINISHED)


class Error(Exception):
    """Base class for all future-related exceptions."""
    pass


class CancelledError(Error):
    """The Future was cancelled."""
    pass


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""
    pass


class BrokenExecutor(RuntimeError):
    """Raised when an executor has become non-functional after a severe failure."""


def _report(message, exc=None):
    # What CPython logs through the "concurrent.futures" logger when nothing configured logging:
    # the message, then the traceback of the exception being handled.
    stderr = sys.stderr
    if stderr is not None:
        stderr.write(message + "\n" + (_thread._format_exception(exc) if exc is not None else ""))
        stderr.flush()


# ---- waiters: installed on futures by wait() and as_completed(), told when each future completes ----

class _Waiter:
    def __init__(self):
        self.event = threading.Event()
        self.finished_futures = []

    def add_result(self, future):
        self.finished_futures.append(future)

    def add_exception(self, future):
        self.finished_futures.append(future)

    def add_cancelled(self, future):
        self.finished_futures.append(future)


class _AsCompletedWaiter(_Waiter):
    # as_completed() takes the finished futures while others keep arriving: guarded by a lock.

    def __init__(self):
        super().__init__()
        self.lock = threading.Lock()

    def add_result(self, future):
        with self.lock:
            super().add_result(future)
            self.event.set()

    def add_exception(self, future):
        with self.lock:
            super().add_exception(future)
            self.event.set()

    def add_cancelled(self, future):
        with self.lock:
            super().add_cancelled(future)
            self.event.set()


class _FirstCompletedWaiter(_Waiter):
    def add_result(self, future):
        super().add_result(future)
        self.event.set()

    def add_exception(self, future):
        super().add_exception(future)
        self.event.set()

    def add_cancelled(self, future):
        super().add_cancelled(future)
        self.event.set()


class _AllCompletedWaiter(_Waiter):
    # Counts down the pending futures; with stop_on_exception the first exception ends the wait.

    def __init__(self, num_pending_calls, stop_on_exception):
        self.num_pending_calls = num_pending_calls
        self.stop_on_exception = stop_on_exception
        self.lock = threading.Lock()
        super().__init__()

    def _decrement_pending_calls(self):
        with self.lock:
            self.num_pending_calls -= 1
            if not self.num_pending_calls:
                self.event.set()

    def add_result(self, future):
        super().add_result(future)
        self._decrement_pending_calls()

    def add_exception(self, future):
        super().add_exception(future)
        if self.stop_on_exception:
            self.event.set()
        else:
            self._decrement_pending_calls()

    def add_cancelled(self, future):
        super().add_cancelled(future)
        self._decrement_pending_calls()


class _AcquireFutures:
    """Holds the conditions of several futures, always taken in the same order (no deadlock)."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for future in self.futures:
            future._condition.acquire()

    def __exit__(self, *args):
        for future in self.futures:
            future._condition.release()


def _install_waiter(fs, return_when):
    if return_when == _AS_COMPLETED:
        waiter = _AsCompletedWaiter()
    elif return_when == FIRST_COMPLETED:
        waiter = _FirstCompletedWaiter()
    else:
        pending = sum(f._state not in _DONE_STATES for f in fs)
        if return_when == FIRST_EXCEPTION:
            waiter = _AllCompletedWaiter(pending, stop_on_exception=True)
        elif return_when == ALL_COMPLETED:
            waiter = _AllCompletedWaiter(pending, stop_on_exception=False)
        else:
            raise ValueError("Invalid return condition: %r" % return_when)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _uninstall_waiter(fs, waiter):
    for f in fs:
        with f._condition:
            f._waiters.remove(waiter)


def as_completed(fs, timeout=None):
    """An iterator over the futures in `fs` that yields each as it completes (finished or cancelled).

    Futures completed before the call come first. Raises TimeoutError when `timeout` seconds pass first.
    """
    deadline = None if timeout is None else time.monotonic() + timeout
    fs = set(fs)
    total = len(fs)
    with _AcquireFutures(fs):
        finished = [f for f in fs if f._state in _DONE_STATES]
        pending = fs.difference(finished)
        waiter = _install_waiter(fs, _AS_COMPLETED)
    try:
        yield from finished
        while pending:
            left = None
            if deadline is not None:
                left = deadline - time.monotonic()
                if left < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
            waiter.event.wait(left)
            with waiter.lock:
                finished = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
            for f in finished:
                pending.discard(f)
                yield f
    finally:
        _uninstall_waiter(fs, waiter)


class DoneAndNotDoneFutures(tuple):
    """What wait() returns: (done, not_done), two sets of futures."""
    __slots__ = ()

    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    @property
    def done(self):
        return self[0]

    @property
    def not_done(self):
        return self[1]

    def __repr__(self):
        return 'DoneAndNotDoneFutures(done=%r, not_done=%r)' % (self[0], self[1])


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures in `fs`: until all complete (ALL_COMPLETED), one completes (FIRST_COMPLETED)
    or one raises (FIRST_EXCEPTION), or `timeout` seconds pass. Returns the sets (done, not_done)."""
    fs = set(fs)
    with _AcquireFutures(fs):
        done = {f for f in fs if f._state in _DONE_STATES}
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_EXCEPTION and done:
            if any(not f.cancelled() and f.exception() is not None for f in done):
                return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _install_waiter(fs, return_when)
    waiter.event.wait(timeout)
    _uninstall_waiter(fs, waiter)
    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


class Future:
    """The result of an asynchronous computation: done later, by the executor running it."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception as exc:
                _report('exception calling callback for %r' % (self,), exc)

    def __repr__(self):
        with self._condition:
            state = _STATE_TO_DESCRIPTION_MAP[self._state]
            if self._state == FINISHED:
                if self._exception:
                    return '<%s at %#x state=%s raised %s>' % (
                        self.__class__.__name__, id(self), state, self._exception.__class__.__name__)
                return '<%s at %#x state=%s returned %s>' % (
                    self.__class__.__name__, id(self), state, self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (self.__class__.__name__, id(self), state)

    def cancel(self):
        """Cancels the future unless it is running or done; True if it is cancelled now."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        """True if the future finished or was cancelled."""
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def _outcome(self):
        if self._exception:
            try:
                raise self._exception
            finally:
                # the traceback refers to this frame: do not keep the exception alive through it
                self = None
        return self._result

    def add_done_callback(self, fn):
        """Calls fn(future) when the future is done (at once if it is done already)."""
        with self._condition:
            if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception as exc:
            _report('exception calling callback for %r' % (self,), exc)

    def _wait_done(self, timeout):
        # with the condition held: waits up to `timeout`; raises CancelledError or TimeoutError
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._state == FINISHED:
            return
        self._condition.wait(timeout)
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._state != FINISHED:
            raise TimeoutError()

    def result(self, timeout=None):
        """The call's return value, waiting up to `timeout` seconds; raises what the call raised,
        CancelledError if it was cancelled, TimeoutError if it did not finish in time."""
        try:
            with self._condition:
                self._wait_done(timeout)
                return self._outcome()
        finally:
            self = None

    def exception(self, timeout=None):
        """The exception the call raised (None if it returned), waiting like result()."""
        with self._condition:
            self._wait_done(timeout)
            return self._exception

    def set_running_or_notify_cancel(self):
        """For executors: marks the future running (True), or tells waiters it was cancelled (False)."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            _report('Future %s in unexpected state: %s' % (id(self), self._state))
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        """For executors: the call returned `result`."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        """For executors: the call raised `exception`."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()


class Executor:
    """Base class of the executors: runs calls asynchronously and returns Futures."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedules fn(*args, **kwargs); returns a Future for its result."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), but the calls run asynchronously (all submitted now); results come in
        order. Raises TimeoutError if a result is not ready `timeout` seconds after this call."""
        deadline = None if timeout is None else time.monotonic() + timeout
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            try:
                fs.reverse()
                while fs:
                    if deadline is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(), deadline - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Frees the executor's resources once the pending calls are done (waits for them if `wait`)."""
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


def _result_or_cancel(future, timeout=None):
    try:
        return future.result(timeout)
    finally:
        future.cancel()
