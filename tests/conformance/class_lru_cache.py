# An LRU cache written as a class (doubly linked list + dict), used as a decorator via __call__.

class _Node:
    __slots__ = ('key', 'value', 'prev', 'next')

    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None


class LRUCache:
    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError('capacity must be at least 1')
        self.capacity = capacity
        self.map = {}
        self.head = _Node()               # sentinel: most recent after head
        self.tail = _Node()               # sentinel: least recent before tail
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = 0

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node):
        node.prev, node.next = self.head, self.head.next
        self.head.next.prev = node
        self.head.next = node

    def __getitem__(self, key):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            raise KeyError(key)
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def __setitem__(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
        else:
            if len(self.map) >= self.capacity:
                oldest = self.tail.prev
                self._unlink(oldest)
                del self.map[oldest.key]
                print(f'  evict {oldest.key!r}')
            node = _Node(key, value)
            self.map[key] = node
        self._push_front(node)

    def __delitem__(self, key):
        self._unlink(self.map.pop(key))

    def __contains__(self, key):
        return key in self.map

    def __len__(self):
        return len(self.map)

    def __iter__(self):
        node = self.head.next
        while node is not self.tail:
            yield node.key
            node = node.next

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __repr__(self):
        inner = ', '.join(f'{k!r}: {self.map[k].value!r}' for k in self)
        return f'LRUCache({self.capacity}, {{{inner}}})'


cache = LRUCache(3)
for k, v in [('a', 1), ('b', 2), ('c', 3)]:
    cache[k] = v
print(cache)
print(cache['a'], cache)
cache['d'] = 4
print(cache, 'b' in cache, len(cache))
cache['c'] = 30
cache['e'] = 5
print(list(cache), cache.get('a'), cache.get('zzz', 'missing'))
del cache['c']
print(cache, cache.hits, cache.misses)
try:
    cache['nope']
except KeyError as e:
    print('KeyError:', e)
try:
    LRUCache(0)
except ValueError as e:
    print('ValueError:', e)


class memoize:
    """A decorator class: instances are callable and wrap a function."""

    def __init__(self, capacity):
        self.capacity = capacity

    def __call__(self, func):
        cache = LRUCache(self.capacity)

        def wrapper(*args):
            if args in cache:
                return cache[args]
            result = func(*args)
            cache[args] = result
            return result
        wrapper.cache = cache
        wrapper.__name__ = func.__name__
        return wrapper


@memoize(capacity=100)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.__name__, len(fib.cache), fib.cache.hits, fib.cache.misses)


class CallCounter:
    """Wraps a function; counts calls; forwards keyword arguments."""

    def __init__(self, func):
        self.func = func
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)


@CallCounter
def greet(name, punctuation='!'):
    return f'Hello, {name}{punctuation}'


print(greet('Ada'), greet('Linus', punctuation='?'), greet.calls)
print(callable(greet), callable(cache), callable(LRUCache), type(greet).__name__)
print(list(map(CallCounter(len), ['ab', 'cde'])))
