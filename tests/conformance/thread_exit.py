# At exit the program waits for non-daemon threads (and pending pool work) but not for daemon threads.
import threading
import time
from concurrent.futures import ThreadPoolExecutor


def finisher():
    time.sleep(0.2)
    print("non-daemon thread finished after main")


def forever():
    while True:
        time.sleep(0.01)


def spin():
    n = 0
    while True:
        n += 1


threading.Thread(target=finisher).start()
threading.Thread(target=forever, daemon=True).start()
threading.Thread(target=spin, daemon=True).start()
pool = ThreadPoolExecutor(max_workers=1)
pool.submit(time.sleep, 0.1)
pool.submit(print, "pool work done at exit")
print("main ends with", threading.active_count(), "threads")
