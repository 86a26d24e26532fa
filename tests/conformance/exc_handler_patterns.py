# Common handler patterns: cleanup and re-raise, collecting errors, default values,
# unwinding through nested calls, returning exception objects.

# Handlers that do cleanup and re-raise.
resources = []


def process(items):
    resources.append('opened')
    try:
        for item in items:
            if item is None:
                raise ValueError('None item')
        return len(items)
    except ValueError:
        resources.append('rolled back')
        raise
    finally:
        resources.append('closed')


print(process([1, 2]), resources)
try:
    process([1, None])
except ValueError as err:
    print('propagated:', err, resources)

# Exception objects survive their handler when stored.
failures = []
for text in ['10', 'x', '20', '', '3.5']:
    try:
        int(text)
    except ValueError as err:
        failures.append(err)
print(len(failures), [f.args[0] for f in failures])

# try/except inside comprehensions via a helper, and in lambdas via a default.
def safe_div(a, b, default=None):
    try:
        return a / b
    except ZeroDivisionError:
        return default
    except TypeError as err:
        return f'bad types: {err}'


print([safe_div(10, b, 'inf') for b in (2, 0, 5)], safe_div('a', 2))

# Deeply nested try statements unwinding through several levels.
def nested(level):
    try:
        if level == 0:
            raise IndexError('deep')
        return nested(level - 1)
    except KeyError:
        return 'never'
    finally:
        trail.append(level)


trail = []
try:
    nested(4)
except IndexError as err:
    print('caught', err, 'after finally blocks', trail)

# Catching and returning the exception object itself.
def attempt(f):
    try:
        return f()
    except Exception as err:
        return err


results = [attempt(lambda: 1), attempt(lambda: [][0]), attempt(lambda: {}.pop('x'))]
print([type(r).__name__ for r in results], [str(r) for r in results])
