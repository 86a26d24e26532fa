# cache=True: the generated classes are saved in __pycache__ next to this file; the next run (a new process, e.g. a
# multiprocessing worker) loads them instead of compiling. Run it twice and compare the stats line.
#   bin/krait examples/jit_cache.py; bin/krait examples/jit_cache.py
from numba import njit


@njit(cache=True)
def collatz_max(limit):
    best, best_n = 0, 0
    for n in range(1, limit):
        steps, m = 0, n
        while m != 1:
            m = m // 2 if m % 2 == 0 else 3 * m + 1
            steps += 1
        if steps > best:
            best, best_n = steps, n
    return best_n, best


print(collatz_max(100_000))
print("cache hits:", collatz_max.stats.cache_hits, "misses:", collatz_max.stats.cache_misses)
