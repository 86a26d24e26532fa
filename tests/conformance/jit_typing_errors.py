# what @njit refuses to compile: TypingError names the problem, the line and the types involved
from numba import njit
from numba.core.errors import TypingError


def plain(x):
    return x


@njit
def undefined(x):
    return x + not_defined_anywhere


@njit
def calls_plain(x):
    return plain(x)


@njit
def add_tuple(x):
    return x + (1, 2)


@njit
def bad_attribute(x):
    return x.no_such_attribute


@njit
def unify_fail(x):
    if x > 0:
        y = (1, 2)
    else:
        y = 1.5
    return y


@njit
def uses_list(n):
    return [n, n]


@njit
def identity(x):
    return x


def report(label, f, args, words):
    try:
        print(label, f(*args))
    except TypingError as e:
        msg = str(e)
        print(label, type(e).__name__, isinstance(e, Exception))
        for word in words:
            print('   mentions', repr(word), word in msg)


report('undefined', undefined, (1,), ['not_defined_anywhere'])
report('calls_plain', calls_plain, (1,), ["'plain'", "<class 'function'>", 'line 17:'])
report('add_tuple', add_tuple, (1,), ['add', 'int64', 'line 22:'])
report('bad_attribute', bad_attribute, (1,), ["'no_such_attribute'", 'int64', 'line 27:'])
report('unify_fail', unify_fail, (1,), ['Cannot unify', 'float64', "for 'y"])
report('dict argument', identity, ({},), ["<class 'dict'>", 'argument 0'])
report('big int argument', identity, (2 ** 70,), ['argument 0', str(2 ** 70)])
report('still fine', identity, (41,), [])
