# The builtin exception hierarchy and catching by base classes.

def chain(cls):
    return ' > '.join(c.__name__ for c in cls.__mro__ if c is not object)


for cls in (KeyError, IndexError, ZeroDivisionError, OverflowError, FileNotFoundError, PermissionError,
            UnicodeDecodeError, ModuleNotFoundError, RecursionError, NotImplementedError,
            UnboundLocalError, StopIteration, KeyboardInterrupt, SystemExit, GeneratorExit,
            TimeoutError, ConnectionResetError, BrokenPipeError, IndentationError, TabError,
            FloatingPointError, AssertionError, DeprecationWarning, UserWarning, StopAsyncIteration):
    print(chain(cls))

print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError), issubclass(LookupError, Exception))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException), issubclass(GeneratorExit, Exception))
print(issubclass(IOError, OSError), IOError is OSError, EnvironmentError is OSError)
print(issubclass(Warning, Exception), issubclass(bool, Exception), issubclass(TimeoutError, OSError))


def risky(kind):
    if kind == 'key':
        return {}['missing']
    if kind == 'index':
        return [][3]
    if kind == 'zero':
        return 1 / 0
    if kind == 'type':
        return 'a' + 1
    if kind == 'value':
        return int('abc')
    if kind == 'attr':
        return None.upper()
    if kind == 'name':
        return undefined_name
    if kind == 'unicode':
        return b'\xff'.decode('utf-8')
    if kind == 'overflow':
        return float(10 ** 400)
    if kind == 'recursion':
        return risky('recursion')
    if kind == 'assert':
        assert kind == 'other', 'kind was ' + kind
    return 'fine'


for kind in ['key', 'index', 'zero', 'type', 'value', 'attr', 'name', 'unicode', 'overflow', 'recursion',
             'assert', 'none']:
    try:
        result = risky(kind)
    except LookupError as e:
        print(f'{kind:10} lookup   {type(e).__name__}: {e}')
    except ArithmeticError as e:
        print(f'{kind:10} math     {type(e).__name__}: {e}')
    except (TypeError, AttributeError) as e:
        print(f'{kind:10} type     {type(e).__name__}: {e}')
    except ValueError as e:
        # UnicodeDecodeError is a ValueError too
        print(f'{kind:10} value    {type(e).__name__}: {e}')
    except (NameError, RecursionError, AssertionError) as e:
        print(f'{kind:10} other    {type(e).__name__}: {e}')
    else:
        print(f'{kind:10} ok       {result}')

# The first matching clause wins, even if a later one is more specific.
try:
    {}['k']
except Exception as e:
    print('generic handler got', type(e).__name__)
except KeyError:
    print('never here')

# Catching a tuple built at run time, and an empty tuple that catches nothing.
handled = (KeyError, ValueError)
for f in (lambda: int('x'), lambda: {}['y']):
    try:
        f()
    except handled as e:
        print('handled', type(e).__name__, isinstance(e, handled))
try:
    try:
        [].pop()
    except ():
        print('never here')
except IndexError as e:
    print('IndexError:', e)

# BaseException subclasses are not caught by except Exception.
def stop():
    raise KeyboardInterrupt('ctrl-c')


try:
    try:
        stop()
    except Exception:
        print('wrongly caught')
except BaseException as e:
    print('outer caught', type(e).__name__, e, isinstance(e, Exception))

# Exception classes are ordinary classes.
e = ZeroDivisionError('custom message')
print(type(e).__name__, e, isinstance(e, ArithmeticError), ZeroDivisionError.__bases__[0].__name__)
print(FileNotFoundError in OSError.__subclasses__(), KeyError in OSError.__subclasses__())
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise 42
except TypeError as e:
    print('TypeError:', e)
try:
    raise int
except TypeError as e:
    print('TypeError:', e)
