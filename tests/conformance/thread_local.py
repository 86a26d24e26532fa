# threading.local: each thread sees its own attributes; subclasses run __init__ once per thread.
import threading

data = threading.local()
data.x = "main"
seen = {}


def show(name):
    seen[name + " before"] = getattr(data, "x", "<unset>")
    data.x = name
    seen[name + " after"] = data.x


ts = [threading.Thread(target=show, args=("t%d" % i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen.items()))
print("main still sees:", data.x)
print(hasattr(data, "y"))
data.y = [1, 2]
del data.x
print(hasattr(data, "x"), data.y, sorted(data.__dict__))
try:
    data.nope
except AttributeError as e:
    print("AttributeError:", e)


class Config(threading.local):
    created = 0

    def __init__(self, level):
        Config.created += 1
        self.level = level
        self.items = []

    def add(self, item):
        self.items.append(item)
        return len(self.items)


cfg = Config(5)
cfg.add("main")
results = []


def use_config(i):
    results.append((cfg.level, cfg.add(i), cfg.add(i * 2), cfg.items))


ts = [threading.Thread(target=use_config, args=(i,)) for i in range(1, 4)]
for t in ts:
    t.start()
    t.join()
print(results)
print(cfg.items, Config.created, isinstance(cfg, threading.local))

try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)

