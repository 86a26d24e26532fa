# collections.deque: a queue/stack with bounded history, rotation and the sequence protocol.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend('ab')
d.extendleft([9, 8])
print(d, d.count('a'), d.index(2), 'b' in d, 'z' in d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.reverse()
print(d, list(reversed(d)))
d.remove('a')
d.insert(1, 'X')
d[0] = 'first'
del d[-1]
print(d, d[2])
print(deque(), deque('xy'), bool(deque()), bool(deque([0])), deque(range(3)) == deque([0, 1, 2]), deque([1]) < deque([2]))

# Bounded deques keep the last maxlen items.
history = deque(maxlen=3)
for line in ['a', 'b', 'c', 'd', 'e']:
    history.append(line)
print(history, history.maxlen, list(history))
history.appendleft('z')
print(history)
history.extend([1, 2])
print(history, repr(deque([], maxlen=0)))
def tail(lines, n):
    return list(deque(lines, maxlen=n))
print(tail(range(100), 4))

# A BFS queue.
graph = {'a': ['b', 'c'], 'b': ['d'], 'c': ['d', 'e'], 'd': ['f'], 'e': ['f'], 'f': []}
def bfs(start):
    seen = {start}
    queue = deque([start])
    order = []
    while queue:
        node = queue.popleft()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order
print(bfs('a'))

# Sliding window maximum with a monotonic deque.
def window_max(values, k):
    q, out = deque(), []
    for i, v in enumerate(values):
        while q and values[q[-1]] <= v:
            q.pop()
        q.append(i)
        if q[0] <= i - k:
            q.popleft()
        if i >= k - 1:
            out.append(values[q[0]])
    return out
print(window_max([1, 3, -1, -3, 5, 3, 6, 7], 3))

# Many operations at both ends.
d = deque()
for i in range(1000):
    d.append(i)
    if i % 3 == 0:
        d.appendleft(-i)
for _ in range(700):
    d.popleft()
print(len(d), d[0], d[-1], sum(d))

# Arithmetic, copies and errors.
d = deque([1, 2], maxlen=5)
print(d + deque([3]), d * 3, 2 * d, d.copy(), d.copy() is d)
d += [7, 8]
print(d)
for action in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[3],
               lambda: deque([1]).index(9), lambda: deque([1]).remove(9), lambda: deque([1], maxlen=1).insert(0, 2),
               lambda: deque([1], maxlen=-1), lambda: deque([1]) + [2], lambda: deque([1])[0:1]]:
    try:
        action()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    hash(deque())
except TypeError as e:
    print('TypeError: unhashable')
