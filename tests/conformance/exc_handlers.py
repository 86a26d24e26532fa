# Exception handlers in practice: retries, scoping of "as" names, sys.exc_info(), nested
# handlers and exceptions raised while handling others.
import sys


class TransientError(Exception):
    pass


def flaky_service(failures):
    """Returns a function that fails the first `failures` times."""
    state = {'calls': 0}

    def call(x):
        state['calls'] += 1
        if state['calls'] <= failures:
            raise TransientError(f'attempt {state["calls"]} failed')
        return x * 2
    return call


def with_retries(func, arg, attempts=3):
    errors = []
    for attempt in range(1, attempts + 1):
        try:
            result = func(arg)
        except TransientError as e:
            errors.append(str(e))
            continue
        else:
            return result, errors
        finally:
            errors.append(f'end of attempt {attempt}')
    raise RuntimeError(f'gave up after {attempts} attempts') from TransientError(errors[-2])


print(with_retries(flaky_service(0), 5))
print(with_retries(flaky_service(2), 5))
try:
    with_retries(flaky_service(5), 5)
except RuntimeError as e:
    print(e, '<-', e.__cause__)

# The name bound by "except ... as e" is deleted when the handler ends.
e = 'outer value'
try:
    raise ValueError('inner')
except ValueError as e:
    print('in handler:', e)
try:
    print(e)
except NameError as ne:
    print('NameError:', ne)


def handler_scope():
    try:
        1 / 0
    except ZeroDivisionError as err:
        saved = err                  # keep a reference under another name
    return saved, 'err' in locals()


saved, still_bound = handler_scope()
print(type(saved).__name__, still_bound)

# sys.exc_info() inside and outside handlers.
print(sys.exc_info())
try:
    raise KeyError('k')
except KeyError:
    kind, value, tb = sys.exc_info()
    print(kind.__name__, repr(value), tb is not None, sys.exception() is value)
print(sys.exc_info() == (None, None, None))

# Nested handlers: the inner exception is handled, the outer is still active afterwards.
try:
    raise ValueError('outer')
except ValueError:
    try:
        raise TypeError('inner')
    except TypeError:
        print('inner active:', sys.exc_info()[0].__name__)
    print('outer active again:', sys.exc_info()[0].__name__)

# An exception in a handler replaces the original one.
def convert(values):
    out = []
    for v in values:
        try:
            out.append(int(v))
        except ValueError:
            out.append(float(v))      # may raise a new ValueError
    return out


print(convert(['1', '2.5', '3']))
try:
    convert(['1', 'two'])
except ValueError as err:
    print('ValueError:', err, '| context:', err.__context__)
