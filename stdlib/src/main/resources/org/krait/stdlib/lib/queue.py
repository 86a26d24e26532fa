"""Synchronized queues that pass items between threads (Krait's queue).

Waiting in get() and put() releases the global interpreter lock, so other threads run meanwhile.
"""

import threading
from time import monotonic as _time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    pass


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


class Queue:
    """A first-in first-out queue, bounded when maxsize > 0."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One lock, three conditions on it: an item arrived, a slot freed up, every task is done.
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        """Marks one item taken by get() as processed (for join())."""
        with self.all_tasks_done:
            unfinished = self.unfinished_tasks - 1
            if unfinished < 0:
                raise ValueError('task_done() called too many times')
            if unfinished == 0:
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished

    def join(self):
        """Waits until every item put has been processed (a task_done() call for each)."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        """The approximate number of items (other threads may change it at once)."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._qsize()

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Adds an item, waiting for a free slot if the queue is full (up to `timeout` seconds, then Full)."""
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                elif timeout < 0:
                    raise ValueError("'timeout' must be a non-negative number")
                else:
                    deadline = _time() + timeout
                    while self._qsize() >= self.maxsize:
                        left = deadline - _time()
                        if left <= 0.0:
                            raise Full
                        self.not_full.wait(left)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Removes and returns an item, waiting for one if the queue is empty (up to `timeout`, then Empty)."""
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            elif timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            else:
                deadline = _time() + timeout
                while not self._qsize():
                    left = deadline - _time()
                    if left <= 0.0:
                        raise Empty
                    self.not_empty.wait(left)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    # The storage, replaced by the subclasses; called with the mutex held.
    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop(0)


class PriorityQueue(Queue):
    """Retrieves the lowest item first (items are often (priority, data) tuples)."""

    def _put(self, item):
        _heappush(self.queue, item)

    def _get(self):
        return _heappop(self.queue)


class LifoQueue(Queue):
    """Retrieves the most recently added item first (a stack)."""

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded first-in first-out queue without task tracking."""

    def __init__(self):
        self._queue = []
        self._count = threading.Semaphore(0)

    def put(self, item, block=True, timeout=None):
        """Adds an item; never blocks (block and timeout exist for compatibility with Queue.put)."""
        self._queue.append(item)
        self._count.release()

    def get(self, block=True, timeout=None):
        """Removes and returns an item, waiting for one (up to `timeout` seconds, then Empty)."""
        if timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if not self._count.acquire(block, timeout if block else None):
            raise Empty
        return self._queue.pop(0)

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return len(self._queue) == 0

    def qsize(self):
        return len(self._queue)


# A binary min-heap in a list, kept exactly as the heapq module keeps it.

def _heappush(heap, item):
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def _heappop(heap):
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sift_toward_leaves(heap, 0)
    return smallest


def _sift_toward_root(heap, top, pos):
    # moves heap[pos] up while it is smaller than its parent
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_toward_leaves(heap, pos):
    # moves the smaller child up until a leaf is free, then settles the item from there (fewer comparisons)
    end = len(heap)
    top = pos
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
    _sift_toward_root(heap, top, pos)
