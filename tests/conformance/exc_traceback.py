# The traceback module: format_exc, print_exc, format_exception, format_exception_only.
# File paths and source lines differ between machines, so only the stable parts are printed:
# the header, "line N, in NAME" of each frame, chaining messages and the exception lines.
import traceback


def stable(text):
    out = []
    for line in text.splitlines():
        if line.startswith('  File '):
            out.append('  ' + line.split(', ', 1)[1])
        elif line.startswith('    '):
            continue              # source line or position markers
        else:
            out.append(line)
    return '\n'.join(out)


class Capture:
    """A minimal file-like object: anything with write() will do."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


def parse_amount(text):
    return int(text)


def load(rows):
    return [parse_amount(r) for r in rows]


try:
    load(['1', '2', 'x'])
except ValueError:
    text = traceback.format_exc()
    print(text.splitlines()[0])
    print(text.splitlines()[-1])
    print(stable(text))
    print(text.endswith('\n'), text.count('  File '))

print(repr(traceback.format_exc()))       # nothing being handled


class QuotaExceeded(Exception):
    def __init__(self, user, used):
        super().__init__(user, used)
        self.user, self.used = user, used

    def __str__(self):
        return f'{self.user} used {self.used} MB'


def charge(user, mb):
    if mb > 100:
        raise QuotaExceeded(user, mb)


try:
    charge('ann', 250)
except QuotaExceeded as e:
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception_only(e))
    print(stable(''.join(traceback.format_exception(e))))

# Exceptions from builtins and with no message.
for action in (lambda: {}['key'], lambda: [].pop(), lambda: None + 1):
    try:
        action()
    except Exception as e:
        print(traceback.format_exception_only(e)[-1], end='')
print(traceback.format_exception_only(StopIteration()), traceback.format_exception_only(KeyError('a', 'b')))

# Chained exceptions.
def connect(host):
    try:
        raise ConnectionRefusedError(111, 'Connection refused')
    except OSError as e:
        raise RuntimeError(f'cannot reach {host}') from e


try:
    connect('db.local')
except RuntimeError:
    print(stable(traceback.format_exc()))

print('---')
try:
    try:
        {}['session']
    except KeyError:
        raise ValueError('no session')
except ValueError:
    print(stable(traceback.format_exc()))

print('---')
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ArithmeticError('hidden context') from None
except ArithmeticError:
    print(stable(traceback.format_exc()))

print('---')
try:
    load(['7', 'seven'])
except ValueError:
    captured = Capture()
    traceback.print_exc(file=captured)      # print_exc writes to stderr unless told otherwise
    print(stable(''.join(captured.parts)))

print('---')
try:
    try:
        int('z')
    except ValueError as e:
        e.add_note('note: while reading column 2')
        raise
except ValueError:
    print(stable(traceback.format_exc()))

print('---')
# format_exception with chain=False shows only the last exception.
try:
    connect('cache.local')
except RuntimeError as e:
    print(stable(''.join(traceback.format_exception(e, chain=False))))
    print(len(traceback.format_exception(e)) > len(traceback.format_exception(e, chain=False)))
