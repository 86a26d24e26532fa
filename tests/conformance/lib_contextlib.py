# contextlib: contextmanager (as manager and decorator), suppress, closing, nullcontext, redirect_stdout, ExitStack.
import sys
from contextlib import (AbstractContextManager, ContextDecorator, ExitStack, closing, contextmanager, nullcontext,
                        redirect_stdout, suppress)


@contextmanager
def section(title):
    print(f'[{title}]')
    try:
        yield title.lower()
    except KeyError as e:
        print('  handled', repr(e))
    finally:
        print(f'[/{title}]')


with section('Setup') as name:
    print('  inside', name)
with section('Lookup'):
    {}['missing']
print('continued after handled KeyError')
try:
    with section('Parse'):
        int('x')
except ValueError as e:
    print('propagated:', e)


@section('Decorated')
def work(n):
    print('  working on', n)
    return n * 2


print(work(3), work(4))


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


for cm in (no_yield(), two_yields()):
    try:
        with cm:
            pass
    except RuntimeError as e:
        print('RuntimeError:', e)

with suppress(FileNotFoundError, KeyError):
    {}['x']
    print('not reached')
with suppress(ZeroDivisionError):
    print('no error here')
try:
    with suppress(KeyError):
        [][0]
except IndexError:
    print('IndexError passes through suppress(KeyError)')


class Resource:
    def __init__(self, name):
        self.name = name
    def close(self):
        print('closing', self.name)


with closing(Resource('socket')) as r:
    print('using', r.name)
with nullcontext('value') as v:
    print(v)
with nullcontext() as v:
    print(v)


class Capture:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
        return len(text)
    def flush(self):
        pass


cap = Capture()
with redirect_stdout(cap) as target:
    print('captured line', 1)
    print(target is cap)
print('captured:', repr(''.join(cap.parts)))

with ExitStack() as stack:
    resources = [stack.enter_context(section(f'R{i}')) for i in range(3)]
    stack.callback(print, 'callback registered last runs first')
    print('  holding', resources)
with ExitStack() as outer:
    outer.callback(print, 'kept until later')
    later = outer.pop_all()
print('after the with')
later.close()


def failing_cleanup(*exc):
    raise ValueError('cleanup failed')


try:
    with ExitStack() as stack:
        stack.callback(print, 'still runs')
        stack.push(failing_cleanup)
        raise KeyError('body')
except ValueError as e:
    print('ValueError:', e, '| context:', repr(e.__context__))
with ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise RuntimeError('swallowed')
print('RuntimeError suppressed by an exit callback')
try:
    ExitStack().enter_context(42)
except TypeError as e:
    print('TypeError:', e)


class Timer(ContextDecorator):
    def __enter__(self):
        print('start')
        return self
    def __exit__(self, *exc):
        print('stop', exc[0].__name__ if exc[0] else None)
        return False


@Timer()
def job():
    print('job body')
    return 'done'


print(job())


class Plain:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return None


print(isinstance(Plain(), AbstractContextManager), isinstance(object(), AbstractContextManager),
      issubclass(nullcontext, AbstractContextManager))
