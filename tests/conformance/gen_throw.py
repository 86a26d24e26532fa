# Generator throw(), finally blocks in generators, and generator state.

# throw() raises inside the generator at the yield; the generator may handle it.
def resilient():
    errors = 0
    while True:
        try:
            value = yield errors
            print(f'  processing {value}')
        except ValueError as e:
            errors += 1
            print(f'  recovered from {e}')
        except KeyError:
            print('  fatal, stopping')
            return f'stopped after {errors} errors'


r = resilient()
next(r)
r.send('x')
print(r.throw(ValueError('bad input')))       # throw returns the next yielded value
print(r.throw(ValueError('worse')))
try:
    r.throw(KeyError('end'))
except StopIteration as stop:
    print('StopIteration:', stop.value)

# An exception thrown and not handled propagates out of throw().
def fragile():
    yield 1
    yield 2


f = fragile()
next(f)
try:
    f.throw(IndexError('out'))
except IndexError as e:
    print('propagated:', e)
print(next(f, 'finished'))

# throw() into a fresh generator raises immediately (nothing runs).
try:
    fragile().throw(TypeError('thrown into a fresh generator'))
except TypeError as e:
    print('TypeError:', e)


# Finally blocks run when a generator is exhausted or throws.
def with_cleanup(items, log):
    try:
        for item in items:
            yield item
    finally:
        log.append(f'cleaned up after {len(items)}')


log = []
print(list(with_cleanup([1, 2], log)), log)
g = with_cleanup([1, 2, 3], log)
next(g)
g.close()
print(log)

# A generator cannot be resumed while it is running.
def selfish():
    yield me.send(None)


me = selfish()
try:
    next(me)
except ValueError as e:
    print('ValueError:', e)


# gi_running and gi_frame basics.
def simple():
    yield 1


sg = simple()
print(sg.gi_running, sg.gi_frame is not None)
list(sg)
print(sg.gi_running, sg.gi_frame is None)
