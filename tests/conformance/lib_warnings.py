# warnings: the stderr format, once-per-location default, filters, catch_warnings and custom showwarning.
import sys
import warnings


class Capture:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
        return len(text)
    def flush(self):
        pass
    def text(self):
        return ''.join(self.parts).replace(__file__, 'FILE')


def old_api():
    warnings.warn('old_api() is deprecated; use new_api()', DeprecationWarning, stacklevel=2)
    return 42


err = Capture()
saved, sys.stderr = sys.stderr, err
warnings.warn('disk almost full')
for i in range(3):
    warnings.warn('retrying', RuntimeWarning)   # shown once for this line
warnings.warn(UserWarning('an instance'))
print(old_api())
warnings.warn('pending', PendingDeprecationWarning)   # ignored by default
sys.stderr = saved
print(err.text())

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    warnings.warn('first')
    warnings.warn('second', FutureWarning)
    old_api()
    for i in range(2):
        warnings.warn('repeated')
print(len(caught), [str(w.message) for w in caught], [w.category.__name__ for w in caught])
print([w.lineno for w in caught], {w.filename == __file__ for w in caught}, issubclass(caught[2].category, Warning))
print(str(caught[0]).replace(__file__, 'FILE'))

with warnings.catch_warnings():
    warnings.simplefilter('error', category=RuntimeWarning)
    try:
        warnings.warn('now an error', RuntimeWarning)
    except RuntimeWarning as e:
        print('raised:', repr(e))
    warnings.warn('user warning still only shown', UserWarning)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', message='noisy')
    warnings.filterwarnings('error', category=ImportWarning)
    warnings.warn('noisy message')
    warnings.warn('NOISY too')
    warnings.warn('useful message')
    try:
        warnings.warn('bad import', ImportWarning)
    except ImportWarning as e:
        print('ImportWarning raised:', e)
    print([str(w.message) for w in caught])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('once')
    for text in ['a', 'b', 'a', 'a']:
        warnings.warn(text)
    print([str(w.message) for w in caught])


def to_stdout(message, category, filename, lineno, file=None, line=None):
    print(f'[{category.__name__}] {message} (line {lineno})')


with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.showwarning = to_stdout
    warnings.warn('custom display')
    old_api()
print(warnings.showwarning is to_stdout)
print(repr(warnings.formatwarning('careful', UserWarning, 'prog.py', 7, 'x = compute()  ')))
print(repr(warnings.formatwarning('no line', SyntaxWarning, 'prog.py', 1, '')))
try:
    warnings.warn('x', category=int)
except TypeError as e:
    print('TypeError:', e)
try:
    warnings.simplefilter('sometimes')
except AssertionError as e:
    print('AssertionError:', e)
print(len(warnings.filters) >= 4, warnings.filters[-1][0], warnings.filters[-1][2].__name__)
