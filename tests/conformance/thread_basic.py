# threading.Thread: targets with args and kwargs, names, idents, join, is_alive, daemon flags, errors.
import threading
import time

results = {}


def work(key, value, *, scale=1):
    results[key] = value * scale


t = threading.Thread(target=work, args=("a", 3), kwargs={"scale": 10})
print("before start:", t.is_alive(), t.ident, t.native_id)
print(repr(t).startswith("<Thread(Thread-1 (work), initial"))
t.start()
t.join()
print("after join:", t.is_alive(), results)
print("ident is int:", isinstance(t.ident, int), isinstance(t.native_id, int))
print("name:", t.name, "| daemon:", t.daemon)
print(repr(t).startswith("<Thread(Thread-1 (work), stopped"))

# automatic names count up; an explicit name is kept; a target without __name__ gets none
class Callable:
    def __call__(self):
        pass

names = [threading.Thread(target=work).name, threading.Thread(name="worker-7").name,
         threading.Thread(target=Callable()).name, threading.Thread().name, threading.Thread(name=42).name]
print(names)

# daemon status: given, inherited from the creating thread, or changed before start
d = threading.Thread(target=time.sleep, args=(0.01,), daemon=True)
print("daemon:", d.daemon, threading.Thread().daemon)
d.daemon = False
print("changed:", d.daemon)
d.start()
try:
    d.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
d.join()

# start twice, join before start, join yourself
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(target=work).join()
except RuntimeError as e:
    print("RuntimeError:", e)


def join_self():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        results["self"] = str(e)


j = threading.Thread(target=join_self)
j.start()
j.join()
print(results["self"])

# current_thread inside a thread, main_thread, enumerate, active_count
seen = []


def who():
    me = threading.current_thread()
    seen.append((me.name, me is threading.main_thread(), me.ident == threading.get_ident()))
    seen.append(threading.active_count())
    seen.append(sorted(x.name for x in threading.enumerate()))


w = threading.Thread(target=who, name="who")
w.start()
w.join()
print(seen)
print(threading.current_thread().name, threading.current_thread() is threading.main_thread())
print(threading.main_thread().name, threading.main_thread().is_alive(), threading.main_thread().daemon)
print(threading.active_count(), [x.name for x in threading.enumerate()])
print(threading.currentThread().getName(), threading.current_thread().getName())

# join with a timeout returns while the thread still runs
ev = threading.Event()
slow = threading.Thread(target=ev.wait, name="slow")
slow.start()
slow.join(0.05)
print("still alive after timeout:", slow.is_alive())
ev.set()
slow.join()
print("alive after set:", slow.is_alive())

# many threads, each writing its own slot
out = [None] * 20


def square(i):
    out[i] = i * i


threads = [threading.Thread(target=square, args=(i,)) for i in range(20)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(out)
print(threading.get_ident() == threading.main_thread().ident, isinstance(threading.get_native_id(), int))
print(threading.TIMEOUT_MAX > 1e6, threading.ThreadError is RuntimeError)
