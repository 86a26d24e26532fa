# The time and os modules: only deterministic facts are printed.
import time
import os
t1 = time.perf_counter()
total = 0
for i in range(10000):
    total += i
t2 = time.perf_counter()
print(total, t2 >= t1, type(t1).__name__)
start = time.perf_counter()
time.sleep(0.01)
elapsed = time.perf_counter() - start
print('slept at least 5ms:', elapsed >= 0.005, 'less than 5s:', elapsed < 5)
now = time.time()
print(type(now).__name__, now > 1600000000, now < 4102444800)
later = time.time()
print(later >= now)
stamps = [time.perf_counter() for _ in range(5)]
print(all(a <= b for a, b in zip(stamps, stamps[1:])))
time.sleep(0)
print(os.environ.get('HOME') is not None)
print(os.environ.get('KRAIT_SURELY_UNDEFINED_VARIABLE_12345') is None)
print(os.environ.get('KRAIT_SURELY_UNDEFINED_VARIABLE_12345', 'fallback'))
print(os.getpid() > 0, type(os.getpid()).__name__)
print(isinstance(os.environ.get('HOME'), str))
