"""GIL measurements, side by side in one process (bench/gil.sh runs it; results in bench/README.md, "GIL").

    krait bench/gil.py [N [ROUNDS]]        also runs on CPython: python3 bench/gil.py 5000000

Prints the medians over ROUNDS of: two count(N) calls one after the other, the same two calls in two
threads, count(N) alone in the main thread (with and without an idle second thread), four threads sleeping
0.5 s, and the GIL statistics (Krait). Every measurement is repeated after a warm-up round, so the JIT has
compiled count() before anything is timed.
"""
import sys
import threading
import time


def count(n):
    while n > 0:
        n -= 1


def timed(action, *args):
    start = time.perf_counter()
    action(*args)
    return time.perf_counter() - start


def sequential(n):
    return timed(lambda: (count(n), count(n)))


def run_threads(target, args, k):
    threads = [threading.Thread(target=target, args=args) for _ in range(k)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def threaded(n):
    return timed(run_threads, count, (n,), 2)


def alone(n):
    return timed(count, n)


def beside_idle_thread(n):
    # a second Python thread exists but waits: the GIL is never contended (only count() is timed)
    idle = threading.Event()
    t = threading.Thread(target=idle.wait)
    t.start()
    elapsed = timed(count, n)
    idle.set()
    t.join()
    return elapsed


def sleepers(n):
    return timed(run_threads, time.sleep, (0.5,), 4)


def median(values):
    values = sorted(values)
    mid = len(values) // 2
    return values[mid] if len(values) % 2 else (values[mid - 1] + values[mid]) / 2


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000_000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    cases = [sequential, threaded, alone, beside_idle_thread, sleepers]
    for fn in cases:
        fn(n)  # warm-up
    times = {fn.__name__: [] for fn in cases}
    for _ in range(rounds):
        for fn in cases:
            times[fn.__name__].append(fn(n))
    for fn in cases:
        runs = " ".join("%.3f" % t for t in times[fn.__name__])
        print("%-20s median %.3f s   (%s)" % (fn.__name__, median(times[fn.__name__]), runs))
    seq = median(times["sequential"])
    print("threads / sequential:          %.2f" % (median(times["threaded"]) / seq))
    print("beside idle thread / alone:    %.3f" % (median(times["beside_idle_thread"]) / median(times["alone"])))
    print("per iteration (alone):         %.2f ns" % (median(times["alone"]) / n * 1e9))
    if hasattr(sys, "_gil_stats"):
        stats = sys._gil_stats()
        print("GIL: mode %s, interval %.4f s, %d switches, %d drop requests, %d forced drops" % (
            stats["mode"] if stats["ticks"] is None else "ticks:%d" % stats["ticks"], stats["switch_interval"],
            stats["switches"], stats["drop_requests"], stats["forced_drops"]))


if __name__ == "__main__":
    main()
