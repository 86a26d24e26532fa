# exit() and quit() (added to builtins by CPython's site module) raise SystemExit(code).
import sys

print(callable(exit), callable(quit))

def attempt(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except SystemExit as e:
        return type(e).__name__, e.args, e.code
    return 'no exit'

for f in (exit, quit):
    print(attempt(f))
    print(attempt(f, 0))
    print(attempt(f, 3))
    print(attempt(f, 'bye'))
    print(attempt(f, None))
    print(attempt(f, code=7))
    print(attempt(f, [1, 2]))

try:
    exit(1, 2)
except TypeError:
    print('TypeError for two arguments')

# SystemExit is not an Exception: a plain "except Exception" does not stop it.
def guarded():
    try:
        quit(5)
    except Exception:
        return 'caught by except Exception'
    return 'not reached'

try:
    guarded()
except SystemExit as e:
    print('escaped except Exception with code', e.code)

# finally blocks run on the way out.
def cleanup():
    try:
        exit(2)
    finally:
        print('finally ran')

try:
    cleanup()
except BaseException as e:
    print('BaseException caught:', repr(e))

print('exiting with 4')
sys.stdout.flush()
exit(4)
print('not printed')
