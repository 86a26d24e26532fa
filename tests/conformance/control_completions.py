# return, break and continue from every kind of statement: guard clauses, loops, try/finally, with, generators
import traceback


def sign(x):
    if x < 0:
        return -1
    if x == 0:
        return 0
    return 1


def guard_then_work(items):
    if not items:
        return "empty"
    total = 0
    for x in items:
        total += x
    return total


def guard_raises(x):
    if x > 10:
        return "big"
    y = 1 / x
    return y


def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            return i
    return -1


def find_while(items, target):
    i = 0
    while True:
        if i >= len(items):
            return None
        if items[i] == target:
            return i
        i += 1


def nested_loops(n):
    found = []
    for i in range(n):
        for j in range(n):
            if j > i:
                break
            if (i + j) % 2:
                continue
            found.append((i, j))
            if len(found) == 5:
                return found
    return found


def loop_else(items, stop):
    for x in items:
        if x == stop:
            break
    else:
        return "no break"
    return "broke at %r" % stop


def while_else(n):
    i = 0
    while i < n:
        i += 1
        if i == 100:
            break
    else:
        return "exhausted at %d" % i
    return "broke"


def return_in_finally():
    try:
        raise ValueError("swallowed")
    finally:
        return "finally wins"


def finally_runs(log):
    try:
        log.append("body")
        return "from body"
    finally:
        log.append("finally")


def finally_overrides():
    try:
        return 1
    finally:
        return 2


def break_in_finally():
    out = []
    for i in range(3):
        try:
            out.append(i)
            raise KeyError(i)
        finally:
            break
    return out


def continue_in_try(n):
    out = []
    for i in range(n):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out


def return_from_except():
    try:
        {}["missing"]
    except KeyError as e:
        return "caught %r" % e.args[0]
    return "not reached"


def return_from_else(x):
    try:
        y = 10 // x
    except ZeroDivisionError:
        return "zero"
    else:
        if y > 5:
            return "big"
    finally:
        pass
    return "small"


class Resource:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append("enter")
        return self

    def __exit__(self, *exc):
        self.log.append("exit %s" % (exc[0].__name__ if exc[0] else None))
        return False


def return_from_with(log):
    with Resource(log):
        for i in range(10):
            if i == 3:
                return i
    return None


def gen_with_return(n):
    for i in range(n):
        if i == 3:
            return "stopped"
        yield i


def gen_break_continue():
    for i in range(10):
        if i % 3 == 0:
            continue
        if i > 7:
            break
        yield i
    yield "after"


def gen_try_finally(log):
    try:
        yield 1
        return
    finally:
        log.append("gen finally")


def gen_while_return():
    i = 0
    while True:
        i += 1
        if i > 3:
            return i
        yield i


def deep_guards(x):
    if x == 1:
        return "one"
    elif x == 2:
        if x > 1:
            return "two"
    if x == 3:
        pass
    else:
        if x > 100:
            return "huge"
    return "other %d" % x


print([sign(v) for v in (-5, 0, 7)])
print(guard_then_work([]), guard_then_work([1, 2, 3]))
print(guard_raises(20), guard_raises(4))
try:
    guard_raises(0)
except ZeroDivisionError as e:
    print([(f.name, f.lineno, f.line) for f in traceback.extract_tb(e.__traceback__)])
print(find([5, 6, 7], 6), find([5, 6, 7], 9))
print(find_while("abc", "c"), find_while("abc", "z"))
print(nested_loops(6))
print(loop_else([1, 2, 3], 2), loop_else([1, 2, 3], 9))
print(while_else(5), while_else(500))
print(return_in_finally())
log = []
print(finally_runs(log), log)
print(finally_overrides())
print(break_in_finally())
print(continue_in_try(5))
print(return_from_except())
print(return_from_else(0), return_from_else(1), return_from_else(5))
log = []
print(return_from_with(log), log)
g = gen_with_return(10)
print(list(g))
try:
    next(gen_with_return(0))
except StopIteration as e:
    print("StopIteration value", repr(e.value))
print(list(gen_break_continue()))
log = []
print(list(gen_try_finally(log)), log)
print(list(gen_while_return()))
print([deep_guards(x) for x in (1, 2, 3, 4, 200)])
total = 0
for i in range(1000):
    if i % 2:
        continue
    if i > 600:
        break
    total += find(range(20), i % 20)
print("module loop", total)


def gen_return_pending_over_yield():
    try:
        return "kept"
    finally:
        yield "from finally"


def gen_break_pending_over_yield():
    for i in range(5):
        try:
            if i == 2:
                break
        finally:
            yield i
    yield "after loop"


g = gen_return_pending_over_yield()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)
print(list(gen_break_pending_over_yield()))
