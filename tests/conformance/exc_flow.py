# The order of try / except / else / finally, including return, break and continue.

def trace(label, fail):
    steps = []
    try:
        steps.append('try')
        if fail:
            raise ValueError(label)
        steps.append('try-end')
    except ValueError:
        steps.append('except')
    else:
        steps.append('else')
    finally:
        steps.append('finally')
    steps.append('after')
    return steps


print(trace('ok', False))
print(trace('bad', True))


def returns_in_try():
    log = []
    try:
        log.append('try')
        return 'from try', log
    finally:
        log.append('finally')        # runs before the caller sees the value


value, log = returns_in_try()
print(value, log)


def finally_overrides_return():
    try:
        return 'try'
    finally:
        return 'finally'             # the finally return wins


def finally_swallows_exception():
    try:
        raise KeyError('lost')
    finally:
        return 'swallowed'


print(finally_overrides_return(), finally_swallows_exception())


def return_value_is_evaluated_first():
    x = 1
    try:
        return x
    finally:
        x = 2                        # does not change the returned value


print(return_value_is_evaluated_first())


def except_returns():
    try:
        1 / 0
    except ZeroDivisionError:
        return 'except'
    else:
        return 'else'
    finally:
        print('  finally of except_returns')


print(except_returns())

# Nested functions and finally blocks run innermost first while unwinding.
def level(n, log):
    try:
        if n == 0:
            raise LookupError('bottom')
        level(n - 1, log)
    finally:
        log.append(n)


log = []
try:
    level(3, log)
except LookupError as e:
    print('unwound', log, e)


# An exception in else is not caught by the same try's except clauses.
def else_raises():
    try:
        pass
    except ZeroDivisionError:
        return 'handler'
    else:
        return 1 / 0


try:
    else_raises()
except ZeroDivisionError as e:
    print('else raised:', e)


# Generator-style cleanup with a counter in finally.
def count_finally(n):
    count = 0
    for i in range(n):
        try:
            if i % 3 == 0:
                continue
            if i == 7:
                return count
        finally:
            count += 1
    return count


print(count_finally(5), count_finally(10))
