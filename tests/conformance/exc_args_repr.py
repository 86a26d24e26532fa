# args, str() and repr() of exceptions; attributes of special exception types.

for args in [(), ('one',), ('two', 2), (42,), (None,), ([1, 2],)]:
    e = ValueError(*args)
    print(f'args={e.args!r:16} str={str(e)!r:22} repr={e!r}')

# KeyError quotes its single argument in str(), unlike other exceptions.
for e in [KeyError('name'), KeyError(3), KeyError(), KeyError('a', 'b'), IndexError('name'), LookupError('k')]:
    print(f'{type(e).__name__:11} str={str(e)!r:18} repr={e!r}')
try:
    {'a': 1}['missing']
except KeyError as e:
    print('dict miss:', e, '|', e.args[0], '|', repr(e))
try:
    {}[('x', 1)]
except KeyError as e:
    print('tuple key:', e, e.args)

# args can be replaced; str() follows.
e = RuntimeError('before')
e.args = ('after', 1)
print(e, repr(e))

# Exceptions accept keyword-free extra positional arguments only.
try:
    ValueError(msg='x')
except TypeError as te:
    print('TypeError:', te)

# StopIteration.value
def gen():
    yield 1
    return 'result'

g = gen()
next(g)
try:
    next(g)
except StopIteration as stop:
    print('StopIteration value:', repr(stop.value), stop.args)
print(StopIteration().value, StopIteration(5, 6).value)

# SystemExit.code
for args in [(), (0,), (3,), ('bye',), (1, 2)]:
    print('SystemExit', args, '->', repr(SystemExit(*args).code))
import sys
try:
    sys.exit('message')
except SystemExit as e:
    print('caught sys.exit:', e.code, repr(e))

# OSError: errno / strerror / filename and automatic subclass selection.
e = OSError(2, 'No such file or directory')
print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))
e = OSError(13, 'Permission denied', '/etc/shadow')
print(type(e).__name__, e.errno, e.filename, str(e))
e = OSError('just a message')
print(type(e).__name__, e.errno, e.strerror, str(e), e.args)
e = FileNotFoundError(2, 'missing', 'data.csv')
print(isinstance(e, OSError), e.args, str(e))
try:
    open('/definitely/not/here.txt')
except FileNotFoundError as e:
    print('open failed:', e.errno, e.filename, e.strerror)
except OSError as e:
    print('other OSError', type(e).__name__)

# AttributeError / NameError carry the name (3.10+).
try:
    'text'.nope
except AttributeError as e:
    print('AttributeError name:', e.name, type(e.obj).__name__)
try:
    missing_variable
except NameError as e:
    print('NameError name:', e.name)

# UnicodeDecodeError and ImportError details.
try:
    b'ab\xc3'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e.name, e)

# assert with and without a message.
for value in (5, -1, 0):
    try:
        assert value > 0, f'expected a positive number, got {value}'
        assert value != 5
    except AssertionError as e:
        print('AssertionError', repr(e), e.args)

# Exceptions are ordinary objects: store them, compare, raise later.
errors = [ValueError('bad'), TypeError('worse')]
for err in errors:
    try:
        raise err
    except Exception as caught:
        print(caught is err, type(caught).__name__)
print(ValueError('x') == ValueError('x'), errors[0] == errors[0])

# Notes (3.11)
try:
    try:
        int('x')
    except ValueError as e:
        e.add_note('while parsing the config')
        e.add_note('line 3')
        raise
except ValueError as e:
    print(e.__notes__)
