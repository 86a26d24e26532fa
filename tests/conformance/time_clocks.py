# The CPU clocks (process-wide and per thread) and the resolution of time.time().
import time, threading
def burn():
    n = 0
    for i in range(3_000_000):
        n += i
p0 = time.process_time(); t0 = time.thread_time()
th = threading.Thread(target=burn); th.start(); th.join()
burn()
p1 = time.process_time(); t1 = time.thread_time()
print("process_time counts every thread:", p1 - p0 >= t1 - t0 > 0, type(time.process_time_ns()), type(time.thread_time_ns()))
a = time.time(); b = time.time_ns()
print("time() has sub-millisecond resolution:", abs(a - b / 1e9) < 1, a != round(a, 3) or time.time() != round(time.time(), 3))
