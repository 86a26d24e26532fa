# except* in generators and coroutines: a yield or await inside the body, a handler, else or finally suspends
# the statement and resumes it where it was; a re-raise from a handler inside a loop escapes the generator.
import asyncio

def gen(fail):
    yield "start"
    try:
        yield "in body"
        if fail == "group":
            raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
        if fail == "lone":
            raise ValueError("lone")
        yield "body done"
    except* ValueError as eg:
        yield f"handling {eg.exceptions!r}"
        yield "still handling"
    except* KeyError as eg:
        yield f"key {eg.exceptions!r}"
    else:
        yield "else"
        yield "else again"
    finally:
        yield "finally"
    yield "end"

for mode in ("none", "group", "lone"):
    print(mode, list(gen(mode)))

def reraiser():
    for i in range(3):
        try:
            yield i
            raise ExceptionGroup("r", [TypeError(i), ValueError(i)])
        except* TypeError:
            yield "type"
        except* ValueError:
            yield "value"
            if i == 2:
                raise
    yield "loop done"

g = reraiser()
try:
    for x in g:
        print("got", x)
except ExceptionGroup as e:
    print("escaped", repr(e))

async def work(n):
    await asyncio.sleep(0)
    if n % 2:
        raise ValueError(n)
    return n

async def main():
    results = await asyncio.gather(*(work(i) for i in range(4)), return_exceptions=True)
    errors = [r for r in results if isinstance(r, Exception)]
    try:
        await asyncio.sleep(0)
        raise ExceptionGroup("work failed", errors)
    except* ValueError as eg:
        await asyncio.sleep(0)
        print("async handled", sorted(e.args[0] for e in eg.exceptions))
    return "main done"

print(asyncio.run(main()))
