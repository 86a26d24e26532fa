# Deeply nested containers: repr counts its nesting toward the recursion limit, as CPython does.
import sys
def nest(n):
    l = []
    for i in range(n): l = [l]
    return l
def depth_ok(n):
    try: repr(nest(n)); return True
    except RecursionError: return False
for n in range(900, 1100):
    if not depth_ok(n): print("fails at", n); break
def f():
    for n in range(900, 1100):
        if not depth_ok(n): return n
print("in function", f())
sys.setrecursionlimit(200)
print("limit 200", next(n for n in range(100, 300) if not depth_ok(n)))
d = {}
for i in range(2000): d = {"k": d}
try: repr(d)
except RecursionError as e: print(e)
t = ()
for i in range(2000): t = (t,)
try: str(t)
except RecursionError as e: print(e)
s = [1, [2, [3]]]
s[1][1].append(s)
print(s, repr(nest(5)))
