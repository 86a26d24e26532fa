"""Shallow and deep copies: copy(x) and deepcopy(x, memo).

Classes control copying with __copy__ / __deepcopy__(memo), else with __reduce_ex__ / __reduce__, else their
instances are copied as a new object of the same class with the instance state (__dict__ and __slots__)
carried over, through __getstate__ / __setstate__ when the class defines them.
"""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

import builtins

# Immutable or identity-only objects: both copies give the object itself.
_ATOMIC = {type(None), int, float, bool, complex, str, bytes, type, range, slice, property,
           type(lambda: None), type(len), type(Ellipsis), type(NotImplemented)}
_SHALLOW_ATOMIC = _ATOMIC | {tuple, frozenset}
# Containers whose copy() method is their shallow copy (Krait has no bytearray yet).
_COPY_METHOD = {list, dict, set, getattr(builtins, 'bytearray', list)}
# Builtin types that __new__ needs the value for (what their __getnewargs__ gives in CPython).
_VALUE_BASES = (int, float, complex, str, bytes, tuple)


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _SHALLOW_ATOMIC:
        return x
    if cls in _COPY_METHOD:
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None, *_reduce(x, cls))


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; memo maps id(original) to its copy so shared and cyclic parts stay so."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC:
        return x
    if cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # A tuple inside a cycle may have been copied while copying its own items.
        y = memo.get(d, _nil)
        if y is not _nil:
            return y
        for a, b in zip(x, items):
            if a is not b:
                y = tuple(items)
                break
        else:
            y = x
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(cls, '__deepcopy__', None)
        if copier is not None:
            y = copier(x, memo)
        else:
            y = _reconstruct(x, memo, *_reduce(x, cls))
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # The memo also holds the originals (under id(memo)) so that their ids stay unique while it is in use.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reduce(x, cls):
    """What pickling would record for x: (callable, args, state, list items, dict items)."""
    for name in ('__reduce_ex__', '__reduce__'):
        method = getattr(cls, name, None)
        if method is not None and method is not getattr(object, name, None):
            rv = getattr(x, name)(4) if name == '__reduce_ex__' else getattr(x, name)()
            if isinstance(rv, str):
                return _Same, (x,)
            return rv
    if isinstance(x, BaseException):
        return cls, x.args, getattr(x, '__dict__', None) or None
    if isinstance(x, (set, frozenset)):
        return cls, (list(x),), _default_state(x)
    if cls.__module__ == 'builtins' and cls is not object and not issubclass(cls, tuple(_COPY_METHOD)):
        raise TypeError("cannot pickle '%s' object" % cls.__name__)
    getnewargs = getattr(cls, '__getnewargs__', None)
    if getnewargs is not None:
        args = (cls,) + tuple(getnewargs(x))
    else:
        args = (cls,)
        for base in _VALUE_BASES:
            if isinstance(x, base):
                args = (cls, base(x))
                break
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and getstate is not getattr(object, '__getstate__', None):
        state = getstate(x)
    else:
        state = _default_state(x)
    return (_new_object, args, state, iter(x) if isinstance(x, list) else None,
            iter(x.items()) if isinstance(x, dict) else None)


def _new_object(cls, *args):
    return cls.__new__(cls, *args)


def _Same(x):
    return x


def _default_state(x):
    """x's __dict__, or (__dict__ or None, {slot: value}) when its class has __slots__, as pickle sees it."""
    state = getattr(x, '__dict__', None) or None
    slots = {}
    for klass in type(x).__mro__:
        names = klass.__dict__.get('__slots__', ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (klass.__name__.lstrip('_'), name)
            if name in slots:
                continue
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
    if slots:
        return state, slots
    return state


def _set_state(y, state):
    setstate = getattr(y, '__setstate__', None)
    if setstate is not None:
        setstate(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state:
        y.__dict__.update(state)
    if slots:
        for key, value in slots.items():
            setattr(y, key, value)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *_rest):
    deep = memo is not None
    if deep and args:
        args = tuple([deepcopy(a, memo) for a in args])
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
