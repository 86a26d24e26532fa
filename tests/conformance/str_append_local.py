# s += t on a function's local: long strings grow in place (linear time), and every read still sees a str.
def f():
    s = "a" * 300
    snapshots = []
    for i in range(5):
        s += str(i)
        snapshots.append(s)          # a read: the string value, immutable
    t = s
    s += "!"
    print(len(t), len(s), t[-3:], s[-3:], snapshots[0][-2:], locals()['s'][-2:])
    try:
        s += 5
    except TypeError as e:
        print("TypeError:", e)
    s += "".join(["x"] * 3)
    print(s.endswith("!xxx"), type(s).__name__, s == s, s is s, hash(s) == hash(s[:]))
    n = 0
    n += 1.5
    u = [1]
    u += [2]
    print(n, u)
    def g():
        return s
    return g()[-4:]
print(f())
def gen():
    acc = "z" * 300
    for i in range(3):
        acc += "y"
        yield len(acc)
    yield acc[-4:]
print(list(gen()))
def unbound():
    q += "x"
    q = ""
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def build(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
        if i == 500:
            middle = s
    return s, middle
s, middle = build(100_000)
print(len(s), s[:12], s[-12:], len(middle), middle[-3:], s.count("7"))
