# Generators as coroutines: send(), close() and GeneratorExit.

def running_average():
    total = count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


avg = running_average()
print(next(avg))                      # prime: runs to the first yield
print([avg.send(v) for v in (10, 20, 60)])

# send() to a just-started generator must be None.
fresh = running_average()
try:
    fresh.send(5)
except TypeError as e:
    print('TypeError:', e)
print(fresh.send(None))


# A parser fed one character at a time.
def tokenizer(results):
    while True:
        token = ''
        ch = yield
        while ch.isalnum():
            token += ch
            ch = yield
        if token:
            results.append(token)
        if ch not in ' ':
            results.append(ch)


tokens = []
tok = tokenizer(tokens)
next(tok)
for ch in 'sum(a1, 22) + x ':
    tok.send(ch)
print(tokens)


# close() raises GeneratorExit at the paused yield; finally blocks run.
def worker(name):
    print(f'  {name}: start')
    try:
        while True:
            job = yield
            print(f'  {name}: job {job}')
    except GeneratorExit:
        print(f'  {name}: GeneratorExit')
        raise
    finally:
        print(f'  {name}: cleanup')


w = worker('w1')
next(w)
w.send('a')
w.send('b')
w.close()
w.close()                             # closing twice is harmless
try:
    w.send('c')
except StopIteration:
    print('send after close -> StopIteration')

# Closing a generator that never started runs nothing.
unstarted = worker('w2')
unstarted.close()
print('unstarted closed')


# Ignoring GeneratorExit by yielding again is an error.
def stubborn():
    refusals = 0
    while True:
        try:
            yield 'still here'
        except GeneratorExit:
            refusals += 1
            if refusals > 1:
                print('  giving up')
                return
            print('  refusing to close')


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print('RuntimeError:', e)
s.close()                             # the second time it finishes


# A generator may return a value when closed (3.x: close() ignores it) or catch
# GeneratorExit and just finish.
def polite():
    try:
        yield 1
    except GeneratorExit:
        print('  polite: bye')
    return 'ignored'


p = polite()
next(p)
print(p.close())
