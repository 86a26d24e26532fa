"""Heap queue: a list kept so that heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2]; heap[0] is the smallest.

Only `<` is used to compare items, as in CPython.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap, fname, which='argument 1'):
    if not isinstance(heap, list):
        got = 'None' if heap is None else type(heap).__name__
        raise TypeError('%s() %s must be list, not %s' % (fname, which, got))


def _sift_up(heap, pos):
    # Move heap[pos] towards the root while it is smaller than its parent.
    item = heap[pos]
    while pos > 0:
        parent = (pos - 1) >> 1
        p = heap[parent]
        if item < p:
            heap[pos] = p
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_down(heap, pos, end):
    # Move heap[pos] down to a leaf along the smaller children, then back up to its place (fewer comparisons
    # than stopping early, the same strategy CPython uses).
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    while pos > start:
        parent = (pos - 1) >> 1
        p = heap[parent]
        if item < p:
            heap[pos] = p
            pos = parent
        else:
            break
    heap[pos] = item


def heappush(heap, item, /):
    _check_list(heap, 'heappush')
    heap.append(item)
    _sift_up(heap, len(heap) - 1)


def heappop(heap, /):
    _check_list(heap, 'heappop', 'argument')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        first = heap[0]
        heap[0] = last
        _sift_down(heap, 0, len(heap))
        return first
    return last


def heapreplace(heap, item, /):
    _check_list(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    first = heap[0]
    heap[0] = item
    _sift_down(heap, 0, len(heap))
    return first


def heappushpop(heap, item, /):
    _check_list(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_down(heap, 0, len(heap))
    return item


def heapify(heap, /):
    _check_list(heap, 'heapify', 'argument')
    n = len(heap)
    for i in range(n // 2 - 1, -1, -1):
        _sift_down(heap, i, n)


def _sift_down_max(heap, pos, end):
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    while pos > start:
        parent = (pos - 1) >> 1
        p = heap[parent]
        if p < item:
            heap[pos] = p
            pos = parent
        else:
            break
    heap[pos] = item


def _heapify_max(heap, /):
    _check_list(heap, '_heapify_max', 'argument')
    n = len(heap)
    for i in range(n // 2 - 1, -1, -1):
        _sift_down_max(heap, i, n)


def _heappop_max(heap, /):
    _check_list(heap, '_heappop_max', 'argument')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        first = heap[0]
        heap[0] = last
        _sift_down_max(heap, 0, len(heap))
        return first
    return last


def _heapreplace_max(heap, item, /):
    _check_list(heap, '_heapreplace_max')
    if not heap:
        raise IndexError('index out of range')
    first = heap[0]
    heap[0] = item
    _sift_down_max(heap, 0, len(heap))
    return first


def merge(*iterables, key=None, reverse=False):
    """Merges sorted inputs into one sorted iterator; equal items keep the order of their inputs."""
    # Heap entries are [key, order, value, iterator]: the input's number (negated for a max-heap) breaks ties,
    # so equal keys come out in input order and values and iterators are never compared.
    entries = []
    direction = -1 if reverse else 1
    for n, it in enumerate(map(iter, iterables)):
        for value in it:
            entries.append([value if key is None else key(value), n * direction, value, it])
            break
    if reverse:
        sift, fix = _sift_down_max, _heapify_max
    else:
        sift, fix = _sift_down, heapify
    fix(entries)
    while len(entries) > 1:
        top = entries[0]
        yield top[2]
        for value in top[3]:
            top[0] = value if key is None else key(value)
            top[2] = value
            sift(entries, 0, len(entries))
            break
        else:
            last = entries.pop()
            entries[0] = last
            sift(entries, 0, len(entries))
    if entries:
        top = entries[0]
        yield top[2]
        yield from top[3]


def nsmallest(n, iterable, key=None):
    """The n smallest items, smallest first (ties in input order), like sorted(iterable, key=key)[:n]."""
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """The n largest items, largest first (ties in input order), like sorted(..., reverse=True)[:n]."""
    return _select(n, iterable, key, True)


def _select(n, iterable, key, largest):
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        pick = max if largest else min
        result = pick(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]
    if n <= 0:
        return []
    # Keep the best n seen so far in a heap whose root is the worst of them, as [key, order, value]; order
    # makes equal keys keep input order (negated for nlargest so the earlier item wins).
    it = iter(iterable)
    heap = []
    order = 0
    for value in it:
        k = value if key is None else key(value)
        heap.append([k, -order if largest else order, value])
        order += 1
        if order == n:
            break
    if not heap:
        return []
    if largest:
        heapify(heap)
        for value in it:
            k = value if key is None else key(value)
            if heap[0][0] < k:
                heap[0] = [k, -order, value]
                _sift_down(heap, 0, n)
            order += 1
        heap.sort(reverse=True)
    else:
        _heapify_max(heap)
        for value in it:
            k = value if key is None else key(value)
            if k < heap[0][0]:
                heap[0] = [k, order, value]
                _sift_down_max(heap, 0, n)
            order += 1
        heap.sort()
    return [entry[2] for entry in heap]
