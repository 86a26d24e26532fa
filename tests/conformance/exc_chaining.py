# Exception chaining: raise ... from ..., from None, implicit __context__, bare raise.

class ConfigError(Exception):
    pass


def read_port(settings):
    try:
        return int(settings['port'])
    except KeyError as e:
        raise ConfigError('port is missing') from e
    except ValueError:
        raise ConfigError(f'port is not a number: {settings["port"]!r}')      # implicit chaining


def describe(exc):
    parts = [f'{type(exc).__name__}({exc})']
    cause, context = exc.__cause__, exc.__context__
    parts.append('cause=' + (type(cause).__name__ if cause else 'None'))
    parts.append('context=' + (type(context).__name__ if context else 'None'))
    parts.append(f'suppress={exc.__suppress_context__}')
    return ' '.join(parts)


for settings in [{'port': '8080'}, {}, {'port': 'http'}]:
    try:
        print('port', read_port(settings))
    except ConfigError as e:
        print(describe(e))
        print('  cause is context:', e.__cause__ is e.__context__)

# from None hides the context when printing, but __context__ is still recorded.
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError(f'no entry for {key!r}') from None


try:
    lookup({}, 'x')
except LookupError as e:
    print(describe(e), type(e.__context__).__name__)

# A fresh exception has no cause or context.
e = ValueError('fresh')
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)

# raise ... from a class instantiates it; from something else is an error.
try:
    raise RuntimeError('outer') from KeyError
except RuntimeError as e:
    print(describe(e), repr(e.__cause__))
try:
    raise RuntimeError('bad') from 42
except TypeError as e:
    print('TypeError:', e)

# Bare raise re-raises the exception being handled, keeping its identity.
def reraise():
    try:
        {}['k']
    except KeyError as e:
        first = e
        try:
            raise
        except KeyError as again:
            print('same object:', again is first)
        raise


try:
    reraise()
except KeyError as e:
    print('re-raised', repr(e))

# raise with no active exception.
try:
    raise
except RuntimeError as e:
    print('RuntimeError:', e)

# An exception raised inside an except block gets the handled one as __context__.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][0]
except IndexError as e:
    print(describe(e))
    print('  context message:', e.__context__)

# ... and inside a finally block too.
try:
    try:
        raise ValueError('in try')
    finally:
        raise TypeError('in finally')
except TypeError as e:
    print(describe(e), '| context:', e.__context__)

# Long chains: walk __context__ back to the root.
def step(n):
    if n == 0:
        raise OSError('disk full')
    try:
        step(n - 1)
    except Exception as e:
        raise RuntimeError(f'step {n} failed') from e


try:
    step(3)
except RuntimeError as e:
    chain, exc = [], e
    while exc is not None:
        chain.append(str(exc))
        exc = exc.__cause__
    print(' <- '.join(chain))

# Setting __cause__ by hand is the same as raise from.
err = ValueError('manual')
err.__cause__ = KeyError('k')
print(err.__suppress_context__, repr(err.__cause__))
try:
    raise err
except ValueError as e:
    print(describe(e))

# An exception re-raised inside its own handler does not chain to itself.
try:
    try:
        raise ValueError('self')
    except ValueError as e:
        raise e
except ValueError as e:
    print(describe(e))

# Exceptions with the context restored after the handler finishes.
try:
    raise KeyError('a')
except KeyError:
    try:
        raise ValueError('b')
    except ValueError as inner:
        print(describe(inner))
    try:
        raise TypeError('c')
    except TypeError as inner:
        print(describe(inner), '| context:', repr(inner.__context__))
