"""Names for the types of the interpreter's objects, plus SimpleNamespace, MappingProxyType, GenericAlias and
dynamic class creation (new_class)."""

import sys as _sys


def _f():
    pass


def _g():
    yield 1


async def _c():
    pass


async def _ag():
    yield 1


class _C:
    def _m(self):
        pass


def _traceback_type():
    try:
        raise TypeError
    except TypeError as exc:
        return type(exc.__traceback__)


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
FrameType = type(_sys._getframe())
GeneratorType = type(_g())
_coro = _c()
CoroutineType = type(_coro)
_coro.close()
AsyncGeneratorType = type(_ag())
TracebackType = _traceback_type()
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(_sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)

del _f, _g, _c, _ag, _coro, _C, _traceback_type


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made with: namespace(a=1, b=2)."""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        guard = _repr_guard
        key = id(self)
        if key in guard:
            return name + '(...)'
        guard.add(key)
        try:
            items = ['%s=%r' % (k, v) for k, v in self.__dict__.items()]
        finally:
            guard.discard(key)
        return '%s(%s)' % (name, ', '.join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


# ids of the namespaces whose repr is being built (a namespace that contains itself shows as '...').
_repr_guard = set()


class MappingProxyType:
    """A read-only view of a mapping."""

    __slots__ = ('_mapping',)

    def __new__(cls, mapping):
        if not hasattr(mapping, '__getitem__') or isinstance(mapping, (list, tuple)):
            raise TypeError('mappingproxy() argument must be a mapping, not %s' % type(mapping).__name__)
        self = object.__new__(cls)
        object.__setattr__(self, '_mapping', mapping)
        return self

    def __getitem__(self, key):
        return self._mapping[key]

    def __setattr__(self, name, value):
        raise AttributeError("'mappingproxy' object has no attribute '%s'" % name)

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def __eq__(self, other):
        return self._mapping == other

    def __or__(self, other):
        return dict(self._mapping) | other

    def __ror__(self, other):
        return other | dict(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)

    def __str__(self):
        return str(self._mapping)


MappingProxyType.__name__ = 'mappingproxy'
MappingProxyType.__qualname__ = 'mappingproxy'


class GenericAlias:
    """A parameterized generic like list[int]: origin list, arguments (int,)."""

    def __init__(self, origin, args, /):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__unpacked__ = False

    @property
    def __parameters__(self):
        params = []
        for arg in self.__args__:
            for p in _type_params(arg):
                if p not in params:
                    params.append(p)
        return tuple(params)

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getitem__(self, items):
        params = self.__parameters__
        if not params:
            raise TypeError('%r is not a generic class' % (self,))
        if not isinstance(items, tuple):
            items = (items,)
        if len(items) != len(params):
            raise TypeError('Too %s arguments for %r; actual %d, expected %d'
                            % ('many' if len(items) > len(params) else 'few', self, len(items), len(params)))
        subst = dict(zip(params, items))
        return type(self)(self.__origin__, tuple([_substitute(a, subst) for a in self.__args__]))

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        import typing
        return typing.Union[self, other]

    def __ror__(self, other):
        import typing
        return typing.Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __repr__(self):
        if not self.__args__:
            args = '()'
        else:
            args = ', '.join([_type_repr(a) for a in self.__args__])
        return '%s[%s]' % (_type_repr(self.__origin__), args)


def _type_params(arg):
    if hasattr(arg, '__typing_subst__') or type(arg).__name__ in ('TypeVar', 'ParamSpec'):
        return (arg,)
    return getattr(arg, '__parameters__', ()) if not isinstance(arg, type) else ()


def _substitute(arg, subst):
    if _hashable(arg) and arg in subst:
        return subst[arg]
    params = () if isinstance(arg, type) else getattr(arg, '__parameters__', ())
    if params:
        return arg[tuple([subst.get(p, p) for p in params])]
    return arg


def _hashable(x):
    try:
        hash(x)
    except TypeError:
        return False
    return True


def _type_repr(obj):
    """How generics show a type argument: module-qualified class names, '...' for Ellipsis."""
    if isinstance(obj, GenericAlias):
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is Ellipsis:
        return '...'
    if isinstance(obj, FunctionType):
        return obj.__name__
    if isinstance(obj, list):
        return '[%s]' % ', '.join([_type_repr(a) for a in obj])
    return repr(obj)


def resolve_bases(bases):
    """bases with every object that has __mro_entries__ (like list[int]) replaced by what it returns."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        entries = getattr(base, '__mro_entries__', None)
        if entries is None:
            continue
        new = entries(bases)
        updated = True
        if not isinstance(new, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        new_bases[i + shift:i + shift + 1] = new
        shift += len(new) - 1
    return tuple(new_bases) if updated else bases


def prepare_class(name, bases=(), kwds=None):
    """(metaclass, namespace, remaining keywords) for creating class name, as a class statement would."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    ns = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class must be a (non-strict) '
                        'subclass of the metaclasses of all its bases')
    return winner


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Creates a class as a class statement would; exec_body(ns) fills the namespace."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved, ns, **kwds)


class _GeneratorWrapper:
    """A generator made awaitable (what types.coroutine returns for generator results)."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, tp, *rest):
        return self.__wrapped.throw(tp, *rest)

    def close(self):
        return self.__wrapped.close()

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        if isinstance(self.__wrapped, GeneratorType):
            return self.__wrapped
        return self

    __await__ = __iter__


def coroutine(func):
    """Makes a generator-based function usable with await (its generators become awaitable)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')

    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if isinstance(coro, (CoroutineType, AsyncGeneratorType)):
            return coro
        if isinstance(coro, GeneratorType) or (hasattr(coro, '__next__') and hasattr(coro, 'send')):
            return _GeneratorWrapper(coro)
        return coro

    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapped, attr, getattr(func, attr))
        except AttributeError:
            pass
    wrapped.__wrapped__ = func
    return wrapped


class DynamicClassAttribute:
    """A property on instances whose class-level access goes to the class's __getattr__ (used by enum for
    the name and value of members)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or getattr(fget, '__doc__', None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError('unreadable attribute')
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        fdoc = fget.__doc__ if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, fdoc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result


__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'FrameType', 'GeneratorType', 'CoroutineType', 'AsyncGeneratorType', 'TracebackType',
           'coroutine', 'MethodType', 'BuiltinFunctionType',
           'BuiltinMethodType', 'ModuleType', 'NoneType', 'EllipsisType', 'NotImplementedType', 'SimpleNamespace',
           'MappingProxyType', 'GenericAlias', 'resolve_bases', 'prepare_class', 'new_class',
           'DynamicClassAttribute']
