"""Iterator building blocks.

Most tools are generator functions behind a small checking function: CPython validates arguments (and calls
iter()) when the tool is created, not on the first next(), so the checks run before the generator is made.
"""

import sys as _sys


def _is_number(x):
    return isinstance(x, (int, float, complex)) or hasattr(x, '__index__') or hasattr(x, '__float__')


class count:
    """count(start=0, step=1): start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, step)


class repeat:
    """repeat(object[, times]): object, times times, or forever."""

    def __init__(self, object, times=None):
        self._obj = object
        if times is None:
            self._left = -1
        else:
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(times).__name__)
            self._left = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        left = self._left
        if left == 0:
            raise StopIteration
        if left > 0:
            self._left = left - 1
        return self._obj

    def __length_hint__(self):
        if self._left < 0:
            raise TypeError('len() of unsized object')
        return self._left

    def __repr__(self):
        if self._left < 0:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._left)


def cycle(iterable):
    return _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for x in it:
        yield x
        saved.append(x)
    if not saved:
        return
    while True:
        yield from saved


def accumulate(iterable, func=None, *, initial=None):
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, total):
    if total is not None:
        yield total
    else:
        for total in it:
            yield total
            break
        else:
            return
    if func is None:
        for x in it:
            total = total + x
            yield total
    else:
        for x in it:
            total = func(total, x)
            yield total


def chain(*iterables):
    return _from_iterable(iterables)


def _from_iterable(iterables):
    for it in iterables:
        yield from it


def _chain_from_iterable(iterable):
    return _from_iterable(iter(iterable))


chain.from_iterable = _chain_from_iterable


def compress(data, selectors):
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable):
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


def takewhile(predicate, iterable):
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if not predicate(x):
            return
        yield x


def filterfalse(function, iterable):
    return _filterfalse(bool if function is None else function, iter(iterable))


def _filterfalse(function, it):
    for x in it:
        if not function(x):
            yield x


_NULL = object()


def groupby(iterable, key=None):
    return _groupby(iter(iterable), key)


def _groupby(it, keyfunc):
    # Shared with the groupers: [target key, current key, current value, token of the live grouper];
    # _NULL marks "no current item" (the last one was consumed by a grouper).
    state = [_NULL, _NULL, _NULL, None]

    def step():
        for v in it:
            state[1] = v if keyfunc is None else keyfunc(v)
            state[2] = v
            return True
        return False

    while True:
        state[3] = None
        while True:
            cur = state[1]
            if cur is not _NULL:
                tgt = state[0]
                if tgt is _NULL or not (tgt is cur or tgt == cur):
                    break
            if not step():
                return
        state[0] = cur
        token = object()
        state[3] = token
        yield cur, _grouper(state, step, token, cur)


def _grouper(state, step, token, tgt):
    while state[3] is token:
        if state[2] is _NULL and not step():
            return
        cur = state[1]
        if not (tgt is cur or tgt == cur):
            return
        value = state[2]
        state[1] = _NULL
        state[2] = _NULL
        yield value


def _ssize(x):
    """x as CPython's islice reads it: -1 when it is no integer or does not fit a C ssize_t."""
    if x is None:
        return None
    try:
        x = x.__index__()
    except Exception:
        return -1
    if x > _sys.maxsize or x < -_sys.maxsize - 1:
        return -1
    return x


def islice(iterable, *args):
    n = len(args)
    if n == 0:
        raise TypeError('islice expected at least 2 arguments, got 1')
    if n > 3:
        raise TypeError('islice expected at most 4 arguments, got %d' % (n + 1))
    start = 0
    step = 1
    if n == 1:
        stop = _ssize(args[0])
    else:
        if args[0] is not None:
            start = _ssize(args[0])
        stop = _ssize(args[1])
        if n == 3 and args[2] is not None:
            step = _ssize(args[2])
    if stop == -1:
        raise ValueError('Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    if start < 0 or (stop is not None and stop < -1):
        raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    if step < 1:
        raise ValueError('Step for islice() must be a positive integer or None.')
    return _islice(iter(iterable), start, stop, step)


def _islice(it, start, stop, step):
    # Same reads as CPython: items before start are read (and dropped) even when start >= stop, and the items
    # between the last one produced and stop are read on the next call.
    cnt = 0
    nxt = start
    while True:
        while cnt < nxt:
            for _ in it:
                break
            else:
                return
            cnt += 1
        if stop is not None and cnt >= stop:
            return
        for x in it:
            break
        else:
            return
        cnt += 1
        nxt += step
        if stop is not None and nxt > stop:
            nxt = stop
        yield x


def pairwise(iterable):
    return _pairwise(iter(iterable))


def _pairwise(it):
    for a in it:
        break
    else:
        return
    for b in it:
        yield a, b
        a = b


def starmap(function, iterable):
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


def _tee_iter(it, node):
    # The iterators share a singly linked list of [item, next node] cells; each walks it at its own pace and
    # the cells every iterator has passed are garbage.
    while True:
        nxt = node[1]
        if nxt is None:
            for x in it:
                break
            else:
                return
            node[0] = x
            nxt = node[1] = [None, None]
        yield node[0]
        node = nxt


def tee(iterable, n=2):
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    head = [None, None]
    return tuple([_tee_iter(it, head) for _ in range(n)])


def zip_longest(*iterables, fillvalue=None):
    return _zip_longest([iter(x) for x in iterables], fillvalue)


def _zip_longest(iters, fillvalue):
    active = len(iters)
    if not active:
        return
    while True:
        row = []
        for i, it in enumerate(iters):
            if it is None:
                row.append(fillvalue)
                continue
            for x in it:
                row.append(x)
                break
            else:
                active -= 1
                if not active:
                    return
                iters[i] = None
                row.append(fillvalue)
        yield tuple(row)


def product(*iterables, repeat=1):
    if not isinstance(repeat, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(repeat).__name__)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(x) for x in iterables] * repeat
    return _product(pools)


def _product(pools):
    for p in pools:
        if not p:
            return
    n = len(pools)
    idx = [0] * n
    current = [p[0] for p in pools]
    yield tuple(current)
    while True:
        i = n - 1
        while i >= 0:
            idx[i] += 1
            if idx[i] < len(pools[i]):
                current[i] = pools[i][idx[i]]
                break
            idx[i] = 0
            current[i] = pools[i][0]
            i -= 1
        if i < 0:
            return
        yield tuple(current)


def _r_arg(r):
    if not isinstance(r, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(r).__name__)
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


def permutations(iterable, r=None):
    pool = tuple(iterable)
    r = len(pool) if r is None else _r_arg(r)
    return _permutations(pool, r)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple([pool[i] for i in indices[:r]])
    while n:
        i = r - 1
        while i >= 0:
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple([pool[k] for k in indices[:r]])
                break
            i -= 1
        if i < 0:
            return


def combinations(iterable, r):
    pool = tuple(iterable)
    return _combinations(pool, _r_arg(r))


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple([pool[i] for i in indices])
    while True:
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[k] for k in indices])


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    return _combinations_with_replacement(pool, _r_arg(r))


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[i] for i in indices])
    while True:
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            return
        v = indices[i] + 1
        for j in range(i, r):
            indices[j] = v
        yield tuple([pool[k] for k in indices])
