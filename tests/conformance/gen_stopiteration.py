# PEP 479 (StopIteration inside a generator becomes RuntimeError), generator return values,
# exhausted generators, and generators that raise.

def first_of_each(groups):
    for g in groups:
        it = iter(g)
        yield next(it)                 # StopIteration here would escape the generator


print(list(first_of_each([[1, 2], 'xy', range(5, 9)])))
try:
    list(first_of_each([[1], [], [3]]))
except RuntimeError as e:
    print('RuntimeError:', e)
    print('  cause:', type(e.__cause__).__name__, '| context is cause:', e.__context__ is e.__cause__)


# The fix: catch StopIteration and return.
def first_of_each_fixed(groups):
    for g in groups:
        try:
            yield next(iter(g))
        except StopIteration:
            return


print(list(first_of_each_fixed([[1], [], [3]])))


def explicit_raise():
    yield 'one'
    raise StopIteration('explicit')


g = explicit_raise()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print('RuntimeError:', e, '| cause args:', e.__cause__.args)
print(next(g, 'generator is finished'))


# A return inside a generator sets StopIteration.value; a bare return gives None.
def with_result(n):
    for i in range(n):
        yield i
    return f'produced {n}'


def bare_return():
    yield 1
    return


for gen in (with_result(2), bare_return()):
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            print('value:', repr(stop.value))
            break

# Once finished, a generator keeps raising StopIteration without a value.
g = with_result(1)
print(list(g))
try:
    next(g)
except StopIteration as stop:
    print('again:', repr(stop.value))


# Exceptions raised inside a generator propagate to the consumer and finish it.
def parse_all(texts):
    for t in texts:
        yield int(t)


g = parse_all(['1', 'x', '3'])
print(next(g))
try:
    next(g)
except ValueError as e:
    print('ValueError:', e)
print(list(g))                       # the generator is finished: '3' is never parsed


# StopIteration raised in an ordinary iterator class is fine (no PEP 479 there).
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration('liftoff')
        self.n -= 1
        return self.n + 1


print(list(Countdown(3)))


# ... but a generator calling next() on it at the end still turns it into RuntimeError.
def pairs(iterator):
    while True:
        yield next(iterator), next(iterator)


try:
    print(list(pairs(Countdown(4))))
except RuntimeError as e:
    print('RuntimeError:', e, '| cause:', repr(e.__cause__))


# Generator expressions follow the same rule.
def exhausted_next():
    raise StopIteration


try:
    list(exhausted_next() for _ in range(3))
except RuntimeError as e:
    print('genexpr RuntimeError:', e)

# In a list comprehension the StopIteration is not converted: it just propagates.
try:
    [exhausted_next() for _ in range(3)]
except StopIteration:
    print('list comprehension: StopIteration propagated')
except RuntimeError:
    print('unexpected RuntimeError')

# next() with a default never raises.
empty = iter([])
print(next(empty, 'default'), next(empty, None), next(iter('z'), '-'))


# A generator that returns before its first yield.
def nothing(flag):
    if flag:
        return 'early'
    yield 'never'


try:
    next(nothing(True))
except StopIteration as stop:
    print('early return value:', stop.value)
print(list(nothing(False)), list(nothing(True)))
