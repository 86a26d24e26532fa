# The countdown loop from the GIL lecture: pure interpreter work, no I/O.
# Prints the time of each repetition: the first ones include warm-up (Truffle compiling count).
import time

N = 20_000_000
REPS = 5


def count(n):
    while n > 0:
        n -= 1
    return n


for rep in range(REPS):
    start = time.perf_counter()
    count(N)
    print(f"count({N:,}) took {time.perf_counter() - start:.3f} s")
