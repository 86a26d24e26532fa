# contextlib.contextmanager (plus suppress, nullcontext and closing) for everyday tasks.
from contextlib import contextmanager, suppress, nullcontext, closing

log = []


@contextmanager
def tag(name):
    log.append(f'<{name}>')
    yield name.upper()
    log.append(f'</{name}>')


with tag('html') as t1:
    with tag('body') as t2:
        log.append(f'text in {t1}/{t2}')
print(''.join(log))
log.clear()


@contextmanager
def cleanup(name):
    log.append(f'open {name}')
    try:
        yield name
    except KeyError as e:
        log.append(f'{name} handled {e!r}')        # swallowing: the with statement continues
    finally:
        log.append(f'close {name}')


with cleanup('cache') as c:
    log.append(f'using {c}')
with cleanup('index'):
    raise KeyError('stale')
log.append('continued')
try:
    with cleanup('db'):
        raise ValueError('corrupt')
except ValueError as e:
    log.append(f'caught {e}')
print(log)
log.clear()


# A context manager that temporarily changes state and always restores it.
class Config:
    debug = False
    level = 1


@contextmanager
def override(obj, **changes):
    saved = {k: getattr(obj, k) for k in changes}
    for k, v in changes.items():
        setattr(obj, k, v)
    try:
        yield obj
    finally:
        for k, v in saved.items():
            setattr(obj, k, v)


with override(Config, debug=True, level=5) as cfg:
    print('inside:', cfg.debug, cfg.level)
print('after:', Config.debug, Config.level)
try:
    with override(Config, level=9):
        print('inside again:', Config.level)
        raise RuntimeError('boom')
except RuntimeError:
    pass
print('restored:', Config.level)


# Each call of the decorated function makes a fresh manager.
@contextmanager
def counter():
    counter.calls += 1
    yield counter.calls


counter.calls = 0
with counter() as n1:
    pass
with counter() as n2:
    pass
print(n1, n2)


# Generators must yield exactly once.
@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


for factory in (no_yield, two_yields):
    try:
        with factory():
            pass
    except RuntimeError as e:
        print('RuntimeError:', e)

# suppress() ignores the listed exceptions only.
data = {'a': 1}
with suppress(KeyError):
    del data['missing']
    print('not printed')
with suppress(KeyError, IndexError):
    [][0]
print('suppressed both kinds')
try:
    with suppress(KeyError):
        int('x')
except ValueError as e:
    print('ValueError passes through:', e)


# nullcontext is a do-nothing manager, handy for optional managers.
def process(items, lock=None):
    with lock if lock is not None else nullcontext('no lock') as held:
        return f'{len(items)} items, lock={held}'


print(process([1, 2]), '|', process([3], lock=tag('lock')))


# closing() calls close() at the end.
class Connection:
    def __init__(self, host):
        self.host = host
        self.open = True

    def query(self, q):
        return f'{self.host}: {q}'

    def close(self):
        self.open = False
        print('  closed', self.host)


with closing(Connection('db1')) as conn:
    print(conn.query('SELECT 1'), conn.open)
print('still open?', conn.open)

# The function's name and docstring are kept by the decorator.
@contextmanager
def documented():
    """Does nothing, documented."""
    yield


print(documented.__name__, documented.__doc__)
