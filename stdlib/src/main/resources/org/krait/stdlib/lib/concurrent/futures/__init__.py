"""Running callables asynchronously in pools of threads or processes, with Futures for their results."""

from concurrent.futures._base import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, CancelledError,
                                      TimeoutError, InvalidStateError, BrokenExecutor, Future, Executor,
                                      wait, as_completed)
from concurrent.futures.thread import ThreadPoolExecutor

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError', 'TimeoutError',
           'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed', 'ProcessPoolExecutor',
           'ThreadPoolExecutor')


def __dir__():
    return __all__ + ('__author__', '__doc__')


def __getattr__(name):
    # The process pool lives in concurrent.futures.process and is imported on first use, as in CPython.
    if name == 'ProcessPoolExecutor':
        from concurrent.futures.process import ProcessPoolExecutor
        globals()['ProcessPoolExecutor'] = ProcessPoolExecutor
        return ProcessPoolExecutor
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
