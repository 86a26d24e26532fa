# concurrent.futures.wait and as_completed: completion order, return conditions and timeouts.
import threading
import time
from concurrent.futures import (ThreadPoolExecutor, wait, as_completed, FIRST_COMPLETED, FIRST_EXCEPTION,
                                ALL_COMPLETED, TimeoutError, Future)


def after(event, value):
    event.wait()
    if isinstance(value, Exception):
        raise value
    return value


with ThreadPoolExecutor(max_workers=4) as ex:
    gates = [threading.Event() for _ in range(4)]
    fs = [ex.submit(after, gates[i], "v%d" % i) for i in range(4)]
    names = {f: "f%d" % i for i, f in enumerate(fs)}

    # release in the order 2, 0, 3, 1: as_completed yields in that order
    order = []

    def release():
        for i in (2, 0, 3, 1):
            gates[i].set()
            time.sleep(0.03)

    threading.Thread(target=release).start()
    for f in as_completed(fs):
        order.append((names[f], f.result()))
    print("as_completed:", order)

    # futures already done come first, then the others as they finish
    g = threading.Event()
    late = ex.submit(after, g, "late")
    done_first = [fs[1], fs[3]]
    seen = []
    it = as_completed(done_first + [late])
    seen.append(sorted(names[next(it)] for _ in range(1)) + sorted(names[next(it)] for _ in range(1)))
    g.set()
    seen.append(next(it).result())
    print("done ones then late:", sorted(seen[0]), seen[1])

    # timeout while futures are pending
    never = threading.Event()
    stuck = [ex.submit(after, never, i) for i in range(2)]
    try:
        for f in as_completed(stuck, timeout=0.05):
            pass
    except TimeoutError as e:
        print("TimeoutError:", e)

    # wait: FIRST_COMPLETED returns as soon as one is done
    g1, g2 = threading.Event(), threading.Event()
    a = ex.submit(after, g1, "a")
    b = ex.submit(after, g2, "b")
    g1.set()
    done, not_done = wait([a, b], return_when=FIRST_COMPLETED)
    print("first completed:", [f.result() for f in done], len(not_done))
    g2.set()
    result = wait([a, b])
    print("all completed:", sorted(f.result() for f in result.done), result.not_done)
    print(type(result).__name__, len(result), result[0] is result.done)

    # wait with a timeout leaves the pending ones in not_done
    done, not_done = wait(stuck, timeout=0.05)
    print("timeout:", len(done), len(not_done))
    never.set()
    done, not_done = wait(stuck, timeout=5, return_when=ALL_COMPLETED)
    print("then:", sorted(f.result() for f in done), len(not_done))

    # FIRST_EXCEPTION stops at the first failure, or waits for all when none fails
    e1, e2 = threading.Event(), threading.Event()
    ok = ex.submit(after, e1, "ok")
    boom = ex.submit(after, e2, ValueError("boom"))
    e2.set()
    done, not_done = wait([ok, boom], return_when=FIRST_EXCEPTION)
    print("first exception:", [repr(f.exception()) for f in done], len(not_done))
    e1.set()
    ok.result()
    done, not_done = wait([ok, boom], return_when=FIRST_EXCEPTION)
    print("settled:", len(done), len(not_done))

    # duplicates count once; an empty list returns at once
    print(len(wait([ok, ok, boom]).done), wait([]))
    print(list(as_completed([])))
    try:
        wait([Future()], timeout=0, return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)

# cancelled futures are reported as completed
with ThreadPoolExecutor(max_workers=1) as ex:
    hold = threading.Event()
    busy = ex.submit(hold.wait)
    queued = ex.submit(len, "abc")
    queued.cancel()
    hold.set()
    finished = list(as_completed([busy, queued]))
    print("with cancelled:", sorted(f.cancelled() for f in finished))
