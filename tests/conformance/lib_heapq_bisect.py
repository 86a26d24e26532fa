# heapq and bisect: priority queues, top-n, merging sorted streams, binary search and sorted insertion.
import heapq
import bisect

def pseudo_random(n, seed=12):
    out = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        out.append(seed % 1000)
    return out


data = pseudo_random(200)
heap = []
for x in data:
    heapq.heappush(heap, x)
print(heap[0] == min(data), [heapq.heappop(heap) for _ in range(5)], len(heap))
h = list(data)
heapq.heapify(h)
out = [heapq.heappop(h) for _ in range(len(h))]
print(out == sorted(data), h)

tasks = []
heapq.heappush(tasks, (2, 'write code'))
heapq.heappush(tasks, (1, 'write spec'))
heapq.heappush(tasks, (3, 'release'))
heapq.heappush(tasks, (1, 'create tests'))
while tasks:
    priority, task = heapq.heappop(tasks)
    print(priority, task)
h = [5, 1, 8, 3]
heapq.heapify(h)
print(h, heapq.heapreplace(h, 6), h, heapq.heappushpop(h, 0), heapq.heappushpop(h, 7), h)
print(heapq.nlargest(3, data), heapq.nsmallest(4, data), heapq.nlargest(2, [], key=abs), heapq.nsmallest(1, [4, 2]))
people = [('ann', 31), ('bob', 25), ('cy', 31), ('dee', 19), ('ed', 25)]
print(heapq.nlargest(3, people, key=lambda p: p[1]), heapq.nsmallest(2, people, key=lambda p: p[1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 6, 9])), list(heapq.merge()))
print(list(heapq.merge(['b', 'dd'], ['a', 'ccc'], key=len)), list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
for action in [lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: heapq.heapify(None)]:
    try:
        action()
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ':', e)

# Dijkstra with a heap.
graph = {'A': {'B': 4, 'C': 1}, 'B': {'D': 1}, 'C': {'B': 2, 'D': 5}, 'D': {}}
def dijkstra(src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, node = heapq.heappop(pq)
        if d > dist.get(node, float('inf')):
            continue
        for nxt, w in graph[node].items():
            nd = d + w
            if nd < dist.get(nxt, float('inf')):
                dist[nxt] = nd
                heapq.heappush(pq, (nd, nxt))
    return dist
print(sorted(dijkstra('A').items()))

# bisect
a = [1, 2, 2, 2, 3, 5, 8]
print([(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x)) for x in (0, 2, 4, 9)], bisect.bisect(a, 2))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 9, hi=4))
def grade(score, breakpoints=(60, 70, 80, 90), grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
sorted_list = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(sorted_list, x)
print(sorted_list)
bisect.insort_left(sorted_list, 5)
bisect.insort_right(sorted_list, 0)
print(sorted_list)
records = [('apple', 3), ('kiwi', 7), ('pear', 12)]
print(bisect.bisect_left(records, 7, key=lambda r: r[1]), bisect.bisect(records, 7, key=lambda r: r[1]))
bisect.insort(records, ('fig', 5), key=lambda r: r[1])
print(records)
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print('ValueError:', e)
def index_of(seq, x):
    i = bisect.bisect_left(seq, x)
    return i if i != len(seq) and seq[i] == x else -1
print(index_of(a, 5), index_of(a, 4), index_of([], 1))
