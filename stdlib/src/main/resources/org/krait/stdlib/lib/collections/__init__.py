"""Container datatypes: deque, defaultdict, Counter, OrderedDict, ChainMap, namedtuple and the User* wrappers."""

import sys as _sys
from keyword import iskeyword as _iskeyword
from collections.abc import (Mapping as _Mapping, MutableMapping as _MutableMapping,
                             MutableSequence as _MutableSequence, Sequence as _Sequence,
                             KeysView as _KeysView, ItemsView as _ItemsView, ValuesView as _ValuesView)
from types import GenericAlias as _GenericAlias

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString', 'defaultdict', 'deque',
           'namedtuple']

_MISSING = object()

# ids of the containers whose repr is being built: one that contains itself shows as '...'.
_repr_running = set()


def _recursive_repr(fallback):
    def decorate(method):
        def wrapper(self):
            key = id(self)
            if key in _repr_running:
                return fallback
            _repr_running.add(key)
            try:
                return method(self)
            finally:
                _repr_running.discard(key)
        wrapper.__name__ = method.__name__
        wrapper.__qualname__ = method.__qualname__
        wrapper.__doc__ = method.__doc__
        return wrapper
    return decorate


_NOT_INDEX = "sequence index must be integer, not '%s'"
_NOT_SLICE_INDEX = 'slice indices must be integers or have an __index__ method'
_NOT_INTEGER = "'%s' object cannot be interpreted as an integer"


def _index(i, message):
    if isinstance(i, int):
        return i
    index = getattr(type(i), '__index__', None)
    if index is None:
        raise TypeError(message % type(i).__name__ if '%s' in message else message)
    return index(i)


# ---- deque ---------------------------------------------------------------------------------------------

class deque:
    """deque([iterable[, maxlen]]): a sequence with fast appends and pops at both ends; with maxlen, adding
    to a full deque drops an item from the other end."""

    # The items are _buf[_head:]; popleft leaves a hole at the front that appendleft reuses, and the front
    # is compacted (or grown) in bulk so both ends stay amortized O(1).
    __slots__ = ('_buf', '_head', '_maxlen', '__dict__')

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._buf = []
        self._head = 0
        self._maxlen = maxlen
        self.extend(iterable)

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    def __len__(self):
        return len(self._buf) - self._head

    def __bool__(self):
        return len(self._buf) > self._head

    def append(self, x):
        """Add an element to the right side of the deque."""
        maxlen = self._maxlen
        if maxlen is not None and len(self._buf) - self._head >= maxlen:
            if maxlen == 0:
                return
            self.popleft()
        self._buf.append(x)

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        maxlen = self._maxlen
        if maxlen is not None and len(self._buf) - self._head >= maxlen:
            if maxlen == 0:
                return
            self._buf.pop()
        head = self._head
        if head == 0:
            grow = max(8, len(self._buf))
            self._buf[0:0] = [None] * grow
            head = grow
        head -= 1
        self._buf[head] = x
        self._head = head

    def pop(self):
        """Remove and return the rightmost element."""
        buf = self._buf
        if len(buf) == self._head:
            raise IndexError('pop from an empty deque')
        x = buf.pop()
        if len(buf) == self._head:
            buf.clear()
            self._head = 0
        return x

    def popleft(self):
        """Remove and return the leftmost element."""
        buf = self._buf
        head = self._head
        if head == len(buf):
            raise IndexError('pop from an empty deque')
        x = buf[head]
        buf[head] = None
        head += 1
        if head == len(buf):
            buf.clear()
            head = 0
        elif head >= 32 and head * 2 >= len(buf):
            del buf[:head]
            head = 0
        self._head = head
        return x

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        if self._maxlen is None:
            self._buf.extend(iterable)
        else:
            for x in iterable:
                self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable (so they end up reversed)."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._buf.clear()
        self._head = 0

    def _items(self):
        head = self._head
        return self._buf[head:] if head else self._buf

    def _set_items(self, items):
        self._buf = items
        self._head = 0

    def copy(self):
        """Return a shallow copy of a deque."""
        if type(self) is deque:
            result = deque.__new__(deque)
            result._buf = self._buf[self._head:]
            result._head = 0
            result._maxlen = self._maxlen
            return result
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def count(self, value):
        """Return number of occurrences of value."""
        n = 0
        for x in self._items():
            if x is value or x == value:
                n += 1
        return n

    def index(self, value, start=0, stop=_sys.maxsize):
        """Return first index of value; raises ValueError if the value is not present."""
        size = len(self)
        start = _index(start, _NOT_SLICE_INDEX)
        stop = _index(stop, _NOT_SLICE_INDEX)
        if start < 0:
            start = max(start + size, 0)
        if stop < 0:
            stop = max(stop + size, 0)
        stop = min(stop, size)
        buf = self._buf
        head = self._head
        for i in range(start, stop):
            x = buf[head + i]
            if x is value or x == value:
                return i
            if len(buf) - head != size:
                raise RuntimeError('deque mutated during iteration')
        raise ValueError('%r is not in deque' % (value,))

    def insert(self, i, x):
        """Insert value before index."""
        size = len(self)
        if self._maxlen is not None and size >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        i = _index(i, _NOT_INDEX)
        if i < 0:
            i = max(i + size, 0)
        elif i > size:
            i = size
        self._buf.insert(self._head + i, x)

    def remove(self, value):
        """Remove first occurrence of value."""
        buf = self._buf
        head = self._head
        for i in range(head, len(buf)):
            x = buf[i]
            if x is value or x == value:
                if i == head:
                    self.popleft()
                else:
                    del buf[i]
                return
        raise ValueError('%r is not in deque' % (value,))

    def reverse(self):
        """Reverse *IN PLACE*."""
        items = self._items()
        items.reverse()
        self._set_items(items)

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (to the left if n is negative)."""
        size = len(self)
        if size <= 1:
            return
        n = _index(n, _NOT_INTEGER) % size
        if n == 0:
            return
        items = self._items()
        self._set_items(items[-n:] + items[:-n])

    def _position(self, i):
        i = _index(i, _NOT_INDEX)
        size = len(self._buf) - self._head
        if i < 0:
            i += size
        if i < 0 or i >= size:
            raise IndexError('deque index out of range')
        return self._head + i

    def __getitem__(self, i):
        return self._buf[self._position(i)]

    def __setitem__(self, i, x):
        self._buf[self._position(i)] = x

    def __delitem__(self, i):
        pos = self._position(i)
        if pos == self._head:
            self.popleft()
        else:
            del self._buf[pos]

    def __iter__(self):
        size = len(self)
        i = 0
        while True:
            buf = self._buf
            head = self._head
            if len(buf) - head != size:
                raise RuntimeError('deque mutated during iteration')
            if i >= size:
                return
            yield buf[head + i]
            i += 1

    def __reversed__(self):
        size = len(self)
        i = size - 1
        while True:
            buf = self._buf
            head = self._head
            if len(buf) - head != size:
                raise RuntimeError('deque mutated during iteration')
            if i < 0:
                return
            yield buf[head + i]
            i -= 1

    def __contains__(self, value):
        for x in self._items():
            if x is value or x == value:
                return True
        return False

    @_recursive_repr('[...]')
    def __repr__(self):
        name = type(self).__name__
        if self._maxlen is None:
            return '%s(%r)' % (name, self._items())
        return '%s(%r, maxlen=%d)' % (name, self._items(), self._maxlen)

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() == other._items()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() != other._items()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() < other._items()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() <= other._items()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() > other._items()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() >= other._items()

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _index(n, _NOT_INTEGER)
        items = self._items()
        if n <= 0 or not items:
            self.clear()
            return self
        if self._maxlen is None:
            self._set_items(items * n)
        else:
            for x in items * (n - 1):
                self.append(x)
        return self

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        return type(self), ((), self._maxlen), state, iter(self._items())

    __class_getitem__ = classmethod(_GenericAlias)


_MutableSequence.register(deque)


# ---- defaultdict ---------------------------------------------------------------------------------------

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]): a dict that calls default_factory() for missing keys
    (and stores the result)."""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        super().__init__(*args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    @_recursive_repr('...')
    def _factory_repr(self):
        return repr(self.default_factory)

    def __repr__(self):
        return '%s(%s, %s)' % (type(self).__name__, self._factory_repr(), dict.__repr__(self))

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory is not None else ()
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


# ---- Counter -------------------------------------------------------------------------------------------

def _count_elements(mapping, iterable):
    get = mapping.get
    for elem in iterable:
        mapping[elem] = get(elem, 0) + 1


def _second(item):
    return item[1]


class Counter(dict):
    """A dict of counts: Counter('abca') is Counter({'a': 2, 'b': 1, 'c': 1}); missing keys count 0."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """Sum of the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """The n most common elements and their counts, most common first (equal counts in insertion
        order); all of them when n is None."""
        if n is None:
            return sorted(self.items(), key=_second, reverse=True)
        import heapq
        return heapq.nlargest(n, self.items(), key=_second)

    def elements(self):
        """An iterator over the elements, each repeated as many times as its count (if positive)."""
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError('Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Adds counts from an iterable of elements or from a mapping of counts."""
        if iterable is not None:
            if isinstance(iterable, _Mapping):
                if self:
                    get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtracts counts (which may go to zero or below) of an iterable's elements or a mapping."""
        if iterable is not None:
            get = self.get
            if isinstance(iterable, _Mapping):
                for elem, count in iterable.items():
                    self[elem] = get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """A shallow copy."""
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return '%s()' % self.__class__.__name__
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return '%s(%r)' % (self.__class__.__name__, d)

    def _pairs(self, other):
        # (own count, other count) for every element of either counter.
        get = self.get
        other_get = other.get
        for elem, count in self.items():
            yield count, other_get(elem, 0)
        for elem, count in other.items():
            if elem not in self:
                yield get(elem, 0), count

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(a == b for a, b in self._pairs(other))

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(a <= b for a, b in self._pairs(other))

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(a >= b for a, b in self._pairs(other))

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        other_get = other.get
        for elem, count in self.items():
            newcount = count + other_get(elem, 0)
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        other_get = other.get
        for elem, count in self.items():
            newcount = count - other_get(elem, 0)
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        other_get = other.get
        for elem, count in self.items():
            other_count = other_get(elem, 0)
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        other_get = other.get
        for elem, count in self.items():
            other_count = other_get(elem, 0)
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [elem for elem, count in self.items() if not count > 0]:
            dict.__delitem__(self, elem)
        return self

    def __iadd__(self, other):
        get = self.get
        for elem, count in other.items():
            self[elem] = get(elem, 0) + count
        return self._keep_positive()

    def __isub__(self, other):
        get = self.get
        for elem, count in other.items():
            self[elem] = get(elem, 0) - count
        return self._keep_positive()

    def __ior__(self, other):
        get = self.get
        for elem, other_count in other.items():
            if other_count > get(elem, 0):
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        other_get = other.get
        for elem, count in self.items():
            other_count = other_get(elem, 0)
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


# ---- OrderedDict ---------------------------------------------------------------------------------------

class _OrderedDictKeysView(_KeysView):
    __slots__ = ()

    def __iter__(self):
        return dict.__iter__(self._mapping)

    def __reversed__(self):
        return reversed(dict.keys(self._mapping))

    def __repr__(self):
        return 'odict_keys(%r)' % (list(self),)


class _OrderedDictItemsView(_ItemsView):
    __slots__ = ()

    def __iter__(self):
        return iter(dict.items(self._mapping))

    def __reversed__(self):
        return reversed(dict.items(self._mapping))

    def __repr__(self):
        return 'odict_items(%r)' % (list(self),)


class _OrderedDictValuesView(_ValuesView):
    __slots__ = ()

    def __iter__(self):
        return iter(dict.values(self._mapping))

    def __reversed__(self):
        return reversed(dict.values(self._mapping))

    def __repr__(self):
        return 'odict_values(%r)' % (list(self),)


class OrderedDict(dict):
    """A dict that remembers insertion order and can reorder: move_to_end, popitem(last=False); equality
    with another OrderedDict is order-sensitive."""

    def __init__(self, other=(), /, **kwds):
        self.update(other, **kwds)

    def move_to_end(self, key, last=True):
        """Moves an existing key to the end (or to the beginning with last=False)."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            dict.update(self, rest)

    def popitem(self, last=True):
        """Removes and returns a (key, value) pair: the last one, or the first with last=False."""
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(dict.keys(self))) if last else next(dict.__iter__(self))
        return key, dict.pop(self, key)

    def keys(self):
        return _OrderedDictKeysView(self)

    def items(self):
        return _OrderedDictItemsView(self)

    def values(self):
        return _OrderedDictValuesView(self)

    update = _MutableMapping.update

    def setdefault(self, key, default=None):
        if key in self:
            return self[key]
        self[key] = default
        return default

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    @_recursive_repr('...')
    def __repr__(self):
        if not self:
            return '%s()' % (self.__class__.__name__,)
        return '%s(%r)' % (self.__class__.__name__, list(dict.items(self)))

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        return self.__class__, (), state, None, iter(dict.items(self))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(dict.keys(self)) == list(dict.keys(other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    def __reversed__(self):
        return reversed(dict.keys(self))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# ---- namedtuple ----------------------------------------------------------------------------------------

def _quoted_list(names):
    names = ["'%s'" % n for n in names]
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return '%s and %s' % tuple(names)
    return '%s, and %s' % (', '.join(names[:-1]), names[-1])


def _field_getter(index):
    def get(self):
        return self[index]
    return get


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A tuple subclass with named fields: Point = namedtuple('Point', ['x', 'y']); Point(1, y=2).x == 1."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename))
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name) or name.startswith('_') or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r' % name)
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a keyword: %r' % name)
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))

    field_names = tuple(map(_sys.intern, field_names))
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    positions = {name: i for i, name in enumerate(field_names)}
    repr_fmt = '(' + ', '.join(['%s=%%r' % name for name in field_names]) + ')'
    tuple_new = tuple.__new__
    required = num_fields - len(field_defaults)
    where = typename + '.__new__()'

    def bind(args, kwargs):
        # The checks and messages of a real def __new__(_cls, field, ...) with those defaults.
        if len(args) > num_fields:
            if field_defaults:
                raise TypeError('%s takes from %d to %d positional arguments but %d were given'
                                % (where, required + 1, num_fields + 1, len(args) + 1))
            raise TypeError('%s takes %d positional arguments but %d were given'
                            % (where, num_fields + 1, len(args) + 1))
        values = list(args) + [_MISSING] * (num_fields - len(args))
        for key, value in kwargs.items():
            i = positions.get(key)
            if i is None:
                raise TypeError('%s got an unexpected keyword argument %r' % (where, key))
            if values[i] is not _MISSING:
                raise TypeError('%s got multiple values for argument %r' % (where, key))
            values[i] = value
        missing = [field_names[i] for i in range(required) if values[i] is _MISSING]
        if missing:
            raise TypeError('%s missing %d required positional argument%s: %s'
                            % (where, len(missing), 's' if len(missing) > 1 else '', _quoted_list(missing)))
        for i in range(required, num_fields):
            if values[i] is _MISSING:
                values[i] = field_defaults[field_names[i]]
        return values

    def __new__(_cls, *args, **kwargs):
        if not kwargs and len(args) == num_fields:
            return tuple_new(_cls, args)
        return tuple_new(_cls, bind(args, kwargs))

    __new__.__doc__ = 'Create new instance of %s(%s)' % (typename, arg_list)

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError('Expected %d arguments, got %d' % (num_fields, len(result)))
        return result

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name, value) for name, value in zip(field_names, self)])
        if kwds:
            raise ValueError('Got unexpected field names: %r' % (list(kwds),))
        return result

    _replace.__doc__ = 'Return a new %s object replacing specified fields with new values' % typename

    def __repr__(self):
        return self.__class__.__name__ + repr_fmt % self

    def _asdict(self):
        """Return a new dict which maps field names to their values."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    for method in (__new__, _make.__func__, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = '%s.%s' % (typename, method.__name__)

    namespace = {
        '__doc__': '%s(%s)' % (typename, arg_list),
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        namespace[name] = property(_field_getter(index), doc='Alias for field number %d' % index)

    result = type(typename, (tuple,), namespace)
    result.__module__ = _caller_module() if module is None else module
    return result


def _caller_module():
    """__name__ of the module that called our caller (where a namedtuple class is defined)."""
    try:
        return _sys._getframe(2).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        # Krait has no frames (sys._getframe) yet.
        return '__main__'


# ---- ChainMap ------------------------------------------------------------------------------------------

class ChainMap(_MutableMapping):
    """Several mappings seen as one: lookups search them in order, writes and deletions go to the first."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_recursive_repr('...')
    def __repr__(self):
        return '%s(%s)' % (self.__class__.__name__, ', '.join(map(repr, self.maps)))

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """A new ChainMap with a copy of maps[0] followed by maps[1:]."""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A new ChainMap with m (or a new dict) in front of these maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """A new ChainMap of maps[1:]."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def clear(self):
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)


# ---- UserDict, UserList, UserString --------------------------------------------------------------------

class UserDict(_MutableMapping):
    """A dict-like class whose contents live in the data attribute (a real dict): easy to subclass."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, '__missing__'):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__['data'] = self.__dict__['data'].copy()
        return inst

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        import copy
        data = self.data
        try:
            self.data = {}
            c = copy.copy(self)
        finally:
            self.data = data
        c.update(self)
        return c

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


class UserList(_MutableSequence):
    """A list-like class whose contents live in the data attribute (a real list): easy to subclass."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < self.__cast(other)

    def __le__(self, other):
        return self.data <= self.__cast(other)

    def __eq__(self, other):
        return self.data == self.__cast(other)

    def __gt__(self, other):
        return self.data > self.__cast(other)

    def __ge__(self, other):
        return self.data >= self.__cast(other)

    def __cast(self, other):
        return other.data if isinstance(other, UserList) else other

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__['data'] = self.__dict__['data'][:]
        return inst

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


class UserString(_Sequence):
    """A str-like class whose contents live in the data attribute (a real str): easy to subclass."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        if isinstance(string, UserString):
            return self.data == string.data
        return self.data == string

    def __lt__(self, string):
        if isinstance(string, UserString):
            return self.data < string.data
        return self.data < string

    def __le__(self, string):
        if isinstance(string, UserString):
            return self.data <= string.data
        return self.data <= string

    def __gt__(self, string):
        if isinstance(string, UserString):
            return self.data > string.data
        return self.data > string

    def __ge__(self, string):
        if isinstance(string, UserString):
            return self.data >= string.data
        return self.data >= string

    def __contains__(self, char):
        if isinstance(char, UserString):
            char = char.data
        return char in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        if isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    maketrans = str.maketrans


def _string_method(name, wrap):
    # A str method on the data; with wrap, str results come back as instances of the class.
    method = getattr(str, name)

    def call(self, *args, **kwargs):
        args = [a.data if isinstance(a, UserString) else a for a in args]
        result = method(self.data, *args, **kwargs)
        if wrap and isinstance(result, str):
            return self.__class__(result)
        return result
    call.__name__ = name
    call.__qualname__ = 'UserString.' + name
    return call


for _name in ('capitalize', 'casefold', 'center', 'expandtabs', 'ljust', 'lower', 'lstrip', 'removeprefix', 'removesuffix', 'replace', 'rjust', 'rstrip', 'strip', 'swapcase', 'title',
              'translate', 'upper', 'zfill'):
    setattr(UserString, _name, _string_method(_name, True))
for _name in ('count', 'encode', 'endswith', 'find', 'format', 'format_map', 'index', 'join', 'isalpha', 'isalnum', 'isascii', 'isdecimal',
              'isdigit', 'isidentifier', 'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper',
              'partition', 'rfind', 'rindex', 'rpartition', 'rsplit', 'split', 'splitlines', 'startswith'):
    setattr(UserString, _name, _string_method(_name, False))
del _name
