"""The GIL in action: CPU-bound threads take turns, sleeping threads overlap.

    bin/krait examples/gil_demo.py                          CPython 3's GIL: 5 ms switch interval
    bin/krait -X gil=ticks:100 examples/gil_demo.py         Python 2's GIL: threads slower than sequential
    bin/krait -X gil-trace=gil.json examples/gil_demo.py    then open gil.json in https://ui.perfetto.dev

Optional argument: the loop count of count(n) (default 30 million; CPython needs ~1.5 s per 30 million).
"""
import sys
import threading
import time


def count(n):
    while n > 0:
        n -= 1


def timed(label, action):
    start = time.perf_counter()
    action()
    elapsed = time.perf_counter() - start
    print("%-38s %6.3f s" % (label, elapsed))
    return elapsed


def run_threads(target, args, k=2):
    threads = [threading.Thread(target=target, args=args, name="%s-%d" % (target.__name__, i)) for i in range(k)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 30_000_000
    # Krait compiles count() while it runs: warm up first so that both ways are timed with compiled code.
    count(n)
    run_threads(count, (n // 10,))

    print("count(%d) twice:" % n)
    seq = timed("  one after the other", lambda: (count(n), count(n)))
    thr = timed("  in two threads at once", lambda: run_threads(count, (n,)))
    print("  -> threads / sequential = %.2f: the GIL lets one thread run Python code at a time" % (thr / seq))

    print("time.sleep(0.5) twice:")
    timed("  one after the other", lambda: (time.sleep(0.5), time.sleep(0.5)))
    timed("  in two threads at once", lambda: run_threads(time.sleep, (0.5,)))
    print("  -> sleeping releases the GIL, so the sleeps overlap")

    if hasattr(sys, "_gil_stats"):
        stats = sys._gil_stats()
        mode = "interval %.1f ms" % (stats["switch_interval"] * 1000) if stats["ticks"] is None \
            else "ticks:%d" % stats["ticks"]
        print("GIL (%s): %d switches between threads, %d drop requests, %d forced drops" % (
            mode, stats["switches"], stats["drop_requests"], stats["forced_drops"]))
        print("  %-12s %12s %8s %14s %12s" % ("thread", "acquisitions", "waits", "time waiting", "forced drops"))
        for t in stats["threads"]:
            print("  %-12s %12d %8d %12.3f s %12d" % (t["name"], t["acquisitions"], t["waits"], t["wait_time"],
                                                      t["forced_drops"]))


if __name__ == "__main__":
    main()
