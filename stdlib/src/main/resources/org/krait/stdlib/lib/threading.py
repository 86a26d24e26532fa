"""Threads and the synchronization primitives built on them (Krait's threading, on top of _thread).

Krait threads are real JVM threads serialized by the global interpreter lock, exactly as CPython's are:
CPU-bound Python code in several threads runs one thread at a time, while sleeping, waiting and I/O let
the others run.
"""

import sys as _sys
import _thread
from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate', 'main_thread',
           'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread', 'Barrier',
           'BrokenBarrierError', 'Timer', 'ThreadError', 'ExceptHookArgs', 'setprofile', 'settrace', 'local',
           'stack_size', 'excepthook', 'get_native_id', 'getprofile', 'gettrace']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size

# threading.Lock() makes a _thread.lock, as in CPython
Lock = _allocate_lock


def RLock(*args, **kwargs):
    """A reentrant lock: the thread holding it may acquire it again; it is free once released as often."""
    return _thread.RLock(*args, **kwargs)


def _deprecated(message):
    # Deprecated aliases warn as in CPython when the warnings module is available.
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, DeprecationWarning, stacklevel=3)


_profile_hook = None
_trace_hook = None


def setprofile(func):
    """Sets the profile function for threads started from now on."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


def settrace(func):
    """Sets the trace function for threads started from now on."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


class Condition:
    """Lets threads wait until another thread notifies them, around a lock (an RLock by default)."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # An RLock can be released completely and restored, whatever its recursion count, and knows its owner.
        self._lock_release_save = getattr(lock, '_release_save', None)
        self._lock_acquire_restore = getattr(lock, '_acquire_restore', None)
        self._lock_is_owned = getattr(lock, '_is_owned', None)
        self._waiters = []

    def _at_fork_reinit(self):
        self._lock._at_fork_reinit()
        self._waiters.clear()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        if self._lock_release_save is not None:
            return self._lock_release_save()
        self._lock.release()

    def _acquire_restore(self, state):
        if self._lock_acquire_restore is not None:
            self._lock_acquire_restore(state)
        else:
            self._lock.acquire()

    def _is_owned(self):
        if self._lock_is_owned is not None:
            return self._lock_is_owned()
        # A plain lock cannot tell who holds it: held by someone counts as ours.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Releases the lock, waits for a notification (or the timeout), takes the lock back.
        Returns False if the timeout expired."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        # Each waiter sleeps on a lock of its own that notify() releases.
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        notified = False
        try:
            if timeout is None:
                waiter.acquire()
                notified = True
            elif timeout > 0:
                notified = waiter.acquire(True, timeout)
            else:
                notified = waiter.acquire(False)
            return notified
        finally:
            self._acquire_restore(saved)
            if not notified:
                _remove_identical(self._waiters, waiter)

    def wait_for(self, predicate, timeout=None):
        """Waits until predicate() is true; returns its last value (false if the timeout expired)."""
        deadline = None
        left = timeout
        result = predicate()
        while not result:
            if left is not None:
                if deadline is None:
                    deadline = _time() + left
                else:
                    left = deadline - _time()
                    if left <= 0:
                        break
            self.wait(left)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wakes up to n threads waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiters.pop(0).release()
            n -= 1

    def notify_all(self):
        """Wakes every thread waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        _deprecated('notifyAll() is deprecated, use notify_all() instead')
        self.notify_all()


def _remove_identical(items, item):
    for i in range(len(items)):
        if items[i] is item:
            del items[i]
            return


class Semaphore:
    """A counter that acquire() decrements (waiting while it is zero) and release() increments."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    if deadline is None:
                        deadline = _time() + timeout
                    else:
                        timeout = deadline - _time()
                        if timeout <= 0:
                            return False
                self._cond.wait(timeout)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class Event:
    """A flag that threads can wait for."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def _at_fork_reinit(self):
        self._cond._at_fork_reinit()

    def is_set(self):
        return self._flag

    def isSet(self):
        _deprecated('isSet() is deprecated, use is_set() instead')
        return self.is_set()

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Waits until the flag is set or the timeout expires; returns the flag."""
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Makes `parties` threads wait for each other: the last to arrive releases them all."""

    # _state: 0 filling, 1 draining, -1 resetting, -2 broken
    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0
        self._count = 0

    def wait(self, timeout=None):
        """Waits for the others; returns this thread's arrival index (0 .. parties-1)."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        # wait until threads of the previous round have left
        while self._state in (-1, 1):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 0

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 1

    def _exit(self):
        if self._count == 0:
            if self._state in (-1, 1):
                self._state = 0
                self._cond.notify_all()

    def reset(self):
        """Back to the initial state; threads waiting now get BrokenBarrierError."""
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        """Breaks the barrier: waiting and future wait() calls raise BrokenBarrierError."""
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == -2


_name_counter = 0


def _newname(template="Thread-%d"):
    global _name_counter
    _name_counter += 1
    return template % _name_counter


# Threads by ident once running, and threads started but not yet running.
_active_limbo_lock = RLock()
_active = {}
_limbo = {}
# Locks held by running non-daemon threads: the exit waits for them.
_shutdown_locks_lock = _allocate_lock()
_shutdown_locks = set()
_threading_atexits = []
_SHUTTING_DOWN = False


class ExceptHookArgs(tuple):
    """What threading.excepthook receives: (exc_type, exc_value, exc_traceback, thread)."""
    __slots__ = ()

    def __new__(cls, sequence):
        sequence = tuple(sequence)
        if len(sequence) != 4:
            raise TypeError("threading.ExceptHookArgs() takes a 4-sequence (%d-sequence given)" % len(sequence))
        return tuple.__new__(cls, sequence)

    @property
    def exc_type(self):
        return self[0]

    @property
    def exc_value(self):
        return self[1]

    @property
    def exc_traceback(self):
        return self[2]

    @property
    def thread(self):
        return self[3]

    def __repr__(self):
        return ("threading.ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)"
                % tuple(self))


def excepthook(args, /):
    """Prints an exception that ended a thread's run(), as 'Exception in thread NAME:' and its traceback."""
    if args.exc_type is SystemExit:
        return
    if _sys is not None and _sys.stderr is not None:
        stderr = _sys.stderr
    elif args.thread is not None:
        stderr = args.thread._stderr
        if stderr is None:
            return
    else:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    print(f"Exception in thread {name}:", file=stderr, flush=True)
    if args.exc_value is not None:
        stderr.write(_thread._format_exception(args.exc_value))
    stderr.flush()


__excepthook__ = excepthook


def _invoke_excepthook(thread, exc):
    # The hook itself failing is reported through sys.excepthook.
    try:
        hook = excepthook
        if hook is None:
            raise RuntimeError("threading.excepthook is None")
        hook(ExceptHookArgs((type(exc), exc, exc.__traceback__, thread)))
    except Exception as failure:
        failure.__suppress_context__ = True
        stderr = _sys.stderr if _sys.stderr is not None else thread._stderr
        if stderr is not None:
            print("Exception in threading.excepthook:", file=stderr, flush=True)
        _sys.excepthook(type(failure), failure, failure.__traceback__)


class Thread:
    """A thread of control: give a target (with args and kwargs) or override run(), then start() it."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        self._daemonic = daemon if daemon is not None else current_thread().daemon
        self._ident = None
        self._native_id = None
        self._tstate_lock = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Starts the thread's run() in a new thread; at most once per Thread object."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap_inner, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            raise
        self._started.wait()

    def run(self):
        """What the thread does: calls the target; subclasses override it."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # no references to the arguments outlive the run
            del self._target, self._args, self._kwargs

    def _set_tstate_lock(self):
        # Held while the thread runs; join() waits for it.
        self._tstate_lock = _allocate_lock()
        self._tstate_lock.acquire()
        if not self._daemonic:
            with _shutdown_locks_lock:
                _shutdown_locks.add(self._tstate_lock)

    def _bootstrap_inner(self):
        try:
            self._ident = get_ident()
            self._native_id = get_native_id()
            _thread._set_name(self._name)
            self._set_tstate_lock()
            self._started.set()
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            if _trace_hook is not None and hasattr(_sys, 'settrace'):
                _sys.settrace(_trace_hook)
            if _profile_hook is not None and hasattr(_sys, 'setprofile'):
                _sys.setprofile(_profile_hook)
            try:
                self.run()
            except BaseException as exc:
                _invoke_excepthook(self, exc)
        finally:
            self._finish()

    def _finish(self):
        with _active_limbo_lock:
            _active.pop(self._ident, None)
        lock = self._tstate_lock
        if lock is not None:
            with _shutdown_locks_lock:
                _shutdown_locks.discard(lock)
            self._is_stopped = True
            lock.release()

    def _stop(self):
        self._is_stopped = True
        self._tstate_lock = None

    def join(self, timeout=None):
        """Waits until the thread ends, or until the timeout (seconds) expires: then is_alive() says which."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        lock = self._tstate_lock
        if lock is None:
            return
        if timeout is None:
            acquired = lock.acquire()
        else:
            acquired = lock.acquire(True, max(timeout, 0))
        if acquired:
            lock.release()
            self._stop()

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)
        if self._ident is not None and self._ident == get_ident():
            _thread._set_name(self._name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        """True from just before run() starts until just after it ends."""
        assert self._initialized, "Thread.__init__() not called"
        return self._started.is_set() and not self._is_stopped

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        _deprecated('isDaemon() is deprecated, get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        _deprecated('setDaemon() is deprecated, set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        _deprecated('getName() is deprecated, get the name attribute instead')
        return self.name

    def setName(self, name):
        _deprecated('setName() is deprecated, set the name attribute instead')
        self.name = name


class Timer(Thread):
    """Calls function(*args, **kwargs) after `interval` seconds, unless cancel() comes first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stops the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    # The thread that imported threading first: the program's main thread.

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._set_tstate_lock()
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    # A thread not started by threading (by _thread directly): always alive, never joinable.

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


def current_thread():
    """The Thread object of the calling thread (a dummy one for threads not started by threading)."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    _deprecated('currentThread() is deprecated, use current_thread() instead')
    return current_thread()


def active_count():
    """The number of Thread objects alive: started and not finished, the main thread included."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    _deprecated('activeCount() is deprecated, use active_count() instead')
    return active_count()


def enumerate():
    """The Thread objects alive."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


def main_thread():
    """The main thread's Thread object."""
    return _main_thread


def _register_atexit(func, *args, **kwargs):
    # For concurrent.futures: called at exit before non-daemon threads are joined, last registered first.
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*args, **kwargs))


def _shutdown():
    """Called when the program ends: waits for every non-daemon thread (Krait calls it at exit)."""
    global _SHUTTING_DOWN
    if _main_thread._is_stopped:
        return
    _SHUTTING_DOWN = True
    for call in reversed(_threading_atexits):
        call()
    _main_thread._finish()
    while True:
        with _shutdown_locks_lock:
            locks = list(_shutdown_locks)
            _shutdown_locks.clear()
        if not locks:
            break
        for lock in locks:
            lock.acquire()
            lock.release()


from _thread import _local as local  # noqa: E402  (per-thread attributes)

_main_thread = _MainThread()
