# At exit the program waits for non-daemon threads (and pending pool work) but not for daemon threads.
import threading
import time
from concurrent.futures import ThreadPoolExecutor

main_done = threading.Event()


def finisher(pool_done):
    main_done.wait()
    pool_done.result()
    time.sleep(0.05)
    print("non-daemon thread finished after main")


def forever():
    while True:
        time.sleep(0.01)


def spin():
    n = 0
    while True:
        n += 1


def pool_work():
    main_done.wait()
    time.sleep(0.05)
    print("pool work done at exit")


threading.Thread(target=forever, daemon=True).start()
threading.Thread(target=spin, daemon=True).start()
pool = ThreadPoolExecutor(max_workers=1)
future = pool.submit(pool_work)
threading.Thread(target=finisher, args=(future,)).start()
print("main ends with", threading.active_count(), "threads")
main_done.set()
