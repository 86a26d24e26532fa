# queue: FIFO, LIFO and priority order, bounds, blocking with timeouts, Empty and Full, task tracking.
import queue
import threading
import time

q = queue.Queue()
for i in range(5):
    q.put(i)
print("fifo:", [q.get() for _ in range(5)], q.empty(), q.qsize())

lq = queue.LifoQueue()
for i in range(5):
    lq.put(i)
print("lifo:", [lq.get() for _ in range(5)])

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (4, "d"), (1, "A"), (2, "b"), (5, "e"), (0, "z"), (3, "C")]:
    pq.put(item)
print("priority:", [pq.get() for _ in range(pq.qsize())])
pq2 = queue.PriorityQueue()
for n in [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 4, 1]:
    pq2.put(n)
print("heap order:", [pq2.get_nowait() for _ in range(12)])

# bounded queues
b = queue.Queue(maxsize=2)
b.put("x")
b.put_nowait("y")
print("full:", b.full(), b.qsize(), b.maxsize)
try:
    b.put("z", block=False)
except queue.Full:
    print("Full raised (non-blocking)")
t0 = time.monotonic()
try:
    b.put("z", timeout=0.05)
except queue.Full:
    print("Full raised after timeout:", time.monotonic() - t0 >= 0.04)
print(b.get(), b.get(), b.empty())
try:
    b.get_nowait()
except queue.Empty:
    print("Empty raised (non-blocking)")
try:
    b.get(timeout=0.02)
except queue.Empty:
    print("Empty raised after timeout")
for bad in (lambda: b.get(timeout=-1), lambda: b.put(1, timeout=-1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))

# a blocked put proceeds when a consumer makes room
small = queue.Queue(1)
small.put("first")
log = []


def slow_consumer():
    time.sleep(0.05)
    log.append(("got", small.get()))


c = threading.Thread(target=slow_consumer)
c.start()
small.put("second")
log.append(("put", "second"))
c.join()
print(log, small.get())

# producers and consumers with task_done/join
work = queue.Queue()
done = []
done_lock = threading.Lock()


def worker():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            break
        with done_lock:
            done.append(item * item)
        work.task_done()


workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()
for i in range(30):
    work.put(i)
work.join()
print("all tasks done:", sorted(done) == [i * i for i in range(30)], work.unfinished_tasks)
for _ in workers:
    work.put(None)
for w in workers:
    w.join()
try:
    work.task_done()
except ValueError as e:
    print("ValueError:", e)

# SimpleQueue
sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put(1)
sq.put_nowait(2)
sq.put(3, block=False, timeout=5)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.get(timeout=1), sq.empty())
try:
    sq.get(block=False)
except queue.Empty:
    print("SimpleQueue Empty")
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty after timeout")
results = []
t = threading.Thread(target=lambda: results.append(sq.get()))
t.start()
sq.put("wake")
t.join()
print(results)

# queue.queue is the underlying container
q3 = queue.Queue()
q3.put("a")
q3.put("b")
print(list(q3.queue), len(q3.queue))
