# sys.exit() in the main thread still waits for non-daemon threads; daemon threads are abandoned.
import sys
import threading
import time

results = []


def worker(n):
    time.sleep(0.05 * n)
    results.append(n)
    print("worker", n, "done")


for n in (3, 1, 2):
    threading.Thread(target=worker, args=(n,)).start()
d = threading.Thread(target=time.sleep, args=(60,), daemon=True)
d.start()
print("daemon alive:", d.is_alive(), "| exiting with 3")
sys.exit(3)
