# sys.exit() in the main thread still waits for non-daemon threads; daemon threads are abandoned.
import sys
import threading
import time

go = [threading.Event() for _ in range(4)]


def worker(n):
    go[n - 1].wait()
    time.sleep(0.02)
    print("worker", n, "done")
    go[n].set()


for n in (3, 1, 2):
    threading.Thread(target=worker, args=(n,)).start()
d = threading.Thread(target=time.sleep, args=(60,), daemon=True)
d.start()
print("daemon alive:", d.is_alive(), "| exiting with 3")
go[0].set()
sys.exit(3)
