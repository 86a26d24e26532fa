"""Generates the set-order scenarios of SetOrderTest and their expected output from CPython 3.11.

Writes cases.py (one Python program; every scenario starts by printing '# case N') and cases.out (what
CPython prints for it). Krait must print exactly the same: set iteration order is the order of slots of
CPython's open-addressing table, so every operation must leave the same layout.
Strings are avoided (their hashes are randomized in CPython and differ in Krait).

Usage: python3 gen_cases.py   (from any directory; run with CPython 3.11)
"""
import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(3110)

LARGE = [2**61 - 1, 2**61, 2**61 + 5, 2**62 + 3, 2**63 - 1, -(2**63), 2**64 + 7, 10**20, -(10**19) - 3,
         2**40, 2**40 + 8, 2**32 - 1, 2**31, 123456789012345, -987654321098, 2**70 + 1]
FLOATS = [0.5, 1.5, -2.25, 3.75, 1e20, -1e-5, 0.1, 2.0, 7.0, 1e300, 12345.678, -0.5]
SPECIAL = ["float('inf')", "float('-inf')", "True", "False", "1.0", "0.0", "-0.0"]


def small():
    return rng.randrange(0, 64)


def value(kind=None):
    kind = kind or rng.choice(["small", "small", "small", "neg", "large", "float", "tuple", "mixed"])
    if kind == "small":
        return repr(small())
    if kind == "neg":
        return repr(-rng.randrange(1, 70))
    if kind == "large":
        return repr(rng.choice(LARGE) + rng.choice([0, 0, 1, 8, 16, -8]))
    if kind == "float":
        return repr(rng.choice(FLOATS) * rng.choice([1, 1, 2, -1, 0.5]))
    if kind == "tuple":
        n = rng.randrange(0, 3)
        items = [repr(rng.randrange(-5, 20)) for _ in range(n)]
        return "(" + ", ".join(items) + ("," if n == 1 else "") + ")"
    return rng.choice(SPECIAL + [repr(small()), repr(small() * 8), repr(small() * 32)])


def pool(kind=None, n=None):
    n = rng.randrange(0, 24) if n is None else n
    return [value(kind) for _ in range(n)]


def kinds():
    return rng.choice([None, "small", "neg", "large", "float", "tuple", "small"])


def set_expr(k=None):
    """A random expression building a set."""
    k = k if k is not None else kinds()
    r = rng.random()
    if r < 0.3:
        return "set([" + ", ".join(pool(k)) + "])"
    if r < 0.5:
        items = pool(k, rng.randrange(1, 16))
        return "{" + ", ".join(items) + "}"
    if r < 0.65:
        a = rng.randrange(-30, 40)
        return "set(range(%d, %d, %d))" % (a, a + rng.randrange(0, 120), rng.choice([1, 1, 2, 3, 5, 8, 16]))
    if r < 0.8:
        return "{x * %d %% %d for x in range(%d)}" % (rng.randrange(1, 40), rng.randrange(1, 200), rng.randrange(0, 40))
    if r < 0.9:
        return "set((" + ", ".join(pool(k, rng.randrange(2, 20))) + "))"
    return "set({%s})" % ", ".join("%s: 0" % v for v in pool(k, rng.randrange(0, 14)))


cases = []


def case(lines):
    cases.append(lines if isinstance(lines, list) else [lines])


# 1. random add / discard / remove / pop / clear sequences
for n in range(120):
    k = kinds()
    lines = ["s = " + (set_expr(k) if rng.random() < 0.3 else "set()")]
    present = []
    for _ in range(rng.randrange(1, 40)):
        r = rng.random()
        if r < 0.55:
            v = value(k) if rng.random() < 0.8 else value()
            lines.append("s.add(%s)" % v)
        elif r < 0.75:
            lines.append("s.discard(%s)" % value(k))
        elif r < 0.9:
            lines.append("if len(s): print(s.pop())")
        elif r < 0.93:
            lines.append("s.clear()")
        else:
            lines.append("print(s)")
    lines.append("print(s, len(s))")
    case(lines)

# 2. constructors
for n in range(40):
    e = set_expr()
    case(["s = " + e, "print(s)", "print(frozenset(s), set(s), s.copy(), {*s})"])

# 3. literals with equal numbers of different types
for n in range(15):
    items = rng.sample(["1", "1.0", "True", "0", "0.0", "False", "-0.0", "2", "2.0", "(1,)", "(1.0,)"] + pool("small", 4), 6)
    case("print({%s}, set([%s]))" % (", ".join(items), ", ".join(reversed(items))))

# 4. copies of tables with tombstones / after growth
for n in range(30):
    k = kinds()
    lines = ["s = " + set_expr(k)]
    for v in pool(k, rng.randrange(0, 10)):
        lines.append("s.discard(%s)" % v)
    for v in pool(k, rng.randrange(0, 6)):
        lines.append("s.add(%s)" % v)
    lines.append("t = s.copy()")
    lines.append("print(s, t, set(s), frozenset(s), {*s, %s})" % value(k))
    lines.append("u = set(); u.update(s); v = {%s}; v.update(s); print(u, v)" % value(k))
    case(lines)

# 5. set algebra between sets
OPS = ["|", "&", "-", "^"]
for n in range(70):
    ka, kb = kinds(), kinds()
    lines = ["a = " + set_expr(ka), "b = " + set_expr(kb if rng.random() < 0.5 else ka)]
    if rng.random() < 0.3:
        lines.append("a.discard(%s); b.discard(%s)" % (value(ka), value(kb)))
    lines.append("print(a | b, a & b, a - b, a ^ b)")
    lines.append("print(b | a, b & a, b - a, b ^ a)")
    lines.append("print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))")
    op = rng.choice(OPS)
    lines.append("c = set(a); c %s= b; print(c)" % op)
    lines.append("fa = frozenset(a); print(fa %s b, b %s fa)" % (rng.choice(OPS), rng.choice(OPS)))
    case(lines)

# 6. methods with non-set iterables and several arguments
ITER_FORMS = ["[%s]", "(%s,)", "{%s: 1}", "range(%d, %d)", "{%s}"]


def iterable(k):
    form = rng.choice(ITER_FORMS)
    if form.startswith("range"):
        a = rng.randrange(-10, 40)
        return form % (a, a + rng.randrange(0, 50))
    items = pool(k, rng.randrange(1, 18))
    if form.startswith("{%s:"):
        return "{" + ", ".join("%s: 1" % v for v in items) + "}"
    return form % ", ".join(items)


METHODS = ["union", "intersection", "difference", "symmetric_difference", "update", "intersection_update",
           "difference_update", "symmetric_difference_update", "issubset", "isdisjoint"]
for n in range(60):
    k = kinds()
    lines = ["s = " + set_expr(k)]
    for _ in range(rng.randrange(1, 4)):
        m = rng.choice(METHODS)
        nargs = 1 if m in ("symmetric_difference", "symmetric_difference_update", "issubset", "isdisjoint") \
            else rng.randrange(0, 3)
        args = ", ".join(iterable(k) for _ in range(nargs))
        lines.append("r = s.%s(%s)" % (m, args))
        lines.append("print(r, s)")
    case(lines)

# 7. in-place operators and self-operations
for n in range(25):
    k = kinds()
    lines = ["s = " + set_expr(k), "t = " + set_expr(k)]
    for _ in range(rng.randrange(1, 5)):
        op = rng.choice(OPS)
        other = rng.choice(["t", "s", "frozenset(t)", set_expr(k)])
        lines.append("s %s= %s" % (op, other))
        lines.append("print(s)")
    lines.append("print(s | s, s & s, s - s, s ^ s, s.union(s), s.intersection(s))")
    case(lines)

# 8. pop order, pop finger across clear and copies
for n in range(25):
    k = kinds()
    lines = ["s = " + set_expr(k), "out = []"]
    lines.append("for i in range(%d):" % rng.randrange(0, 10))
    lines.append("    if len(s): out.append(s.pop())")
    if rng.random() < 0.5:
        lines.append("s.clear()")
        lines.append("s.update(%s)" % iterable(k))
    for v in pool(k, rng.randrange(0, 6)):
        lines.append("s.add(%s)" % v)
    lines.append("while len(s): out.append(s.pop())")
    lines.append("print(out)")
    case(lines)

# 9. growth: big sets, the > 50000 rule, shrinking after difference_update
for n, (size, step) in enumerate([(100, 7), (1000, 13), (5000, 1), (20000, 3), (60000, 1), (70000, 17)]):
    lines = ["s = set()",
             "for i in range(%d):" % size,
             "    s.add((i * %d) %% %d - %d)" % (step * 2654435761 % 1000003, size * 3, size),
             "for i in range(0, %d, 3):" % size,
             "    s.discard(i)",
             "h = 0",
             "for x in s:",
             "    h = (h * 31 + x) % 1000000007",
             "print(len(s), h, list(s)[:12])",
             "t = s.copy()",
             "h = 0",
             "for x in t:",
             "    h = (h * 31 + x) % 1000000007",
             "print(len(t), h, list(t)[:12])",
             "s.difference_update(range(0, %d, 2))" % size,
             "print(len(s), list(s)[:12])"]
    case(lines)

# 10. dict-sourced sets, nested frozensets
for n in range(15):
    k = kinds()
    items = pool(k, rng.randrange(1, 16))
    d = "{" + ", ".join("%s: %d" % (v, i) for i, v in enumerate(items)) + "}"
    lines = ["d = " + d, "print(set(d), set(d.keys()), frozenset(d.items()) == frozenset(d.items()))",
             "s = " + set_expr(k), "s.update(d); print(s)", "print(s - set(d.keys()), s.difference(d), s ^ set(d), s.symmetric_difference(d))"]
    case(lines)
for n in range(10):
    fs = ["frozenset({%s})" % ", ".join(pool("small", rng.randrange(0, 5))) for _ in range(rng.randrange(1, 8))]
    case(["s = {%s}" % ", ".join(fs), "print(s)", "print(hash(frozenset(s)) == hash(frozenset(list(s))))"])

# 11. displays of constants: CPython compiles them to frozenset constants (shared within the module)
for n in range(30):
    k = kinds()
    items = pool(k, rng.randrange(1, 12))
    folded = rng.choice(["-%d" % small(), "2 ** %d" % rng.randrange(0, 100), "(1, -2)", "not 0", "3 * 7",
                         "1 << 70", "7 // 2", "1.5 + 2"])
    items.insert(rng.randrange(0, len(items) + 1), folded)
    lit = "{" + ", ".join(items) + "}"
    rev = "{" + ", ".join(reversed(items)) + "}"
    case(["print(%s)" % lit, "print(%s)" % rev, "out = []", "for x in %s:" % rev, "    out.append(x)",
          "print(out, [x for x in %s], {x for x in %s})" % (lit, rev), "print(%s in %s)" % (items[0], lit)])
case(["def f():", "    return {9, 17, 1}", "print({1, 9, 17}, {17, 9, 1}, f())"])
case(["x = 1", "print({17, 9, x}, {17, 9, 1, 25, 33, 41, 49}, {10, 20, 30, 40, 50}, {x, 20, 30, 40, 50})"])


def main():
    prog = []
    for i, lines in enumerate(cases):
        prog.append("print('# case %d')" % i)
        prog.extend(lines)
    src = "\n".join(prog) + "\n"
    if sys.version_info[:2] != (3, 11):
        sys.exit("run with CPython 3.11")
    with open(os.path.join(HERE, "cases.py"), "w") as f:
        f.write(src)
    out = subprocess.run([sys.executable, os.path.join(HERE, "cases.py")], capture_output=True, text=True,
                         check=True).stdout
    with open(os.path.join(HERE, "cases.out"), "w") as f:
        f.write(out)
    print("%d cases" % len(cases))


main()
