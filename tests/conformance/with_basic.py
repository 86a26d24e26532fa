# Context managers written as classes: enter/exit order, the "as" value, suppression,
# exceptions raised by __exit__, nested and multiple items.

class Resource:
    log = []

    def __init__(self, name, suppress=False, enter_value=None):
        self.name = name
        self.suppress = suppress
        self.enter_value = enter_value

    def __enter__(self):
        Resource.log.append(f'enter {self.name}')
        return self if self.enter_value is None else self.enter_value

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            Resource.log.append(f'exit {self.name} cleanly')
        else:
            Resource.log.append(f'exit {self.name} with {exc_type.__name__}({exc}) tb={tb is not None}')
        return self.suppress


def show(title):
    print(title)
    for line in Resource.log:
        print('   ', line)
    Resource.log.clear()


with Resource('a') as r:
    Resource.log.append(f'body sees {r.name}')
show('simple')

with Resource('file', enter_value='HANDLE') as handle:
    Resource.log.append(f'as-value {handle}')
show('enter value')

try:
    with Resource('db'):
        raise KeyError('row')
except KeyError as e:
    Resource.log.append(f'caught {e!r} outside')
show('exception propagates')

with Resource('quiet', suppress=True):
    Resource.log.append('before error')
    1 / 0
    Resource.log.append('never')
Resource.log.append('after with')
show('suppressed')

# Multiple items: entered left to right, exited right to left.
with Resource('outer') as o, Resource('middle') as m, Resource('inner') as i:
    Resource.log.append(f'body {o.name}/{m.name}/{i.name}')
show('multiple items')

# Parenthesised multiple items (3.10+ syntax).
with (
    Resource('x') as x,
    Resource('y', suppress=True) as y,
):
    raise ValueError('inside')
show('parenthesised, inner suppresses')

# Nested statements: the inner manager suppresses, the outer sees a clean exit.
with Resource('outer'):
    with Resource('inner', suppress=True):
        raise IndexError(3)
    Resource.log.append('continues after inner with')
show('nested')


# If a later __enter__ fails, earlier managers are still exited.
class FailingEnter(Resource):
    def __enter__(self):
        raise RuntimeError(f'cannot open {self.name}')


try:
    with Resource('first'), FailingEnter('second'), Resource('third'):
        Resource.log.append('body')
except RuntimeError as e:
    Resource.log.append(f'caught {e}')
show('failing __enter__')


# An exception raised by __exit__ replaces the body's exception and chains to it.
class BadExit(Resource):
    def __exit__(self, exc_type, exc, tb):
        super().__exit__(exc_type, exc, tb)
        raise OSError(f'flush failed for {self.name}')


try:
    with BadExit('log'):
        raise ValueError('body error')
except OSError as e:
    Resource.log.append(f'caught {e} (context: {e.__context__!r})')
try:
    with BadExit('clean'):
        pass
except OSError as e:
    Resource.log.append(f'caught {e} (context: {e.__context__!r})')
show('failing __exit__')


# A truthy non-bool return value also suppresses.
class Truthy:
    def __enter__(self):
        return 'ctx'

    def __exit__(self, *exc):
        return 'yes' if exc[0] is TypeError else 0


with Truthy() as value:
    print('value', value)
    None + 1
print('TypeError suppressed')
try:
    with Truthy():
        [][1]
except IndexError:
    print('IndexError not suppressed')

# Objects without the protocol.
class NotAManager:
    pass


for obj in (NotAManager(), 42):
    try:
        with obj:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)


# The "as" target can be any assignment target.
class Pair:
    def __enter__(self):
        return (1, 2)

    def __exit__(self, *a):
        return False


store = {}
with Pair() as (left, right):
    print(left, right)
with Pair() as store['pair']:
    pass
print(store)
