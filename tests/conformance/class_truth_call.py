# Truthiness (__bool__, __len__), __call__ and their use in a small task queue.

class Queue:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def push(self, item):
        self.items.append(item)

    def pop(self):
        return self.items.pop(0)


q = Queue()
print(bool(q), len(q), 'empty' if not q else 'busy')
q.push('job1')
q.push('job2')
print(bool(q), 'empty' if not q else 'busy')
processed = []
while q:
    processed.append(q.pop())
print(processed, bool(q))


class Result:
    """Truthy when the operation succeeded, whatever the payload."""

    def __init__(self, ok, value=None, error=None):
        self.ok, self.value, self.error = ok, value, error

    def __bool__(self):
        return self.ok

    def __len__(self):                 # __bool__ wins over __len__
        return 99


def parse_int(text):
    try:
        return Result(True, int(text))
    except ValueError as e:
        return Result(False, error=str(e))


for text in ['42', 'x', '0']:
    r = parse_int(text)
    if r:
        print(f'{text!r}: ok {r.value}')
    else:
        print(f'{text!r}: failed ({r.error})')
print(len(Result(False)), bool(Result(False)), not Result(True))
print(Result(True) and 'yes', Result(False) or 'fallback', [bool(x) for x in (Result(True), Result(False))])
print(any([Result(False), Result(True)]), all([Result(True), Result(False)]))
print(sum(1 for t in ['1', 'a', '2', 'b'] if parse_int(t)))

# Objects without __bool__ or __len__ are always true.
class Thing:
    pass


print(bool(Thing()), Thing() and 'truthy')


# __bool__ must return a bool; __len__ must be a non-negative int.
class BadBool:
    def __bool__(self):
        return 1


class NegativeLen:
    def __len__(self):
        return -1


for obj in (BadBool(), NegativeLen()):
    try:
        bool(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
try:
    len(NegativeLen())
except ValueError as e:
    print('ValueError:', e)
try:
    len(Thing())
except TypeError as e:
    print('TypeError:', e)


class Polynomial:
    """Callable: p(x) evaluates the polynomial with Horner's rule."""

    def __init__(self, *coeffs):          # highest degree first
        while len(coeffs) > 1 and coeffs[0] == 0:
            coeffs = coeffs[1:]
        self.coeffs = coeffs

    def __call__(self, x):
        total = 0
        for c in self.coeffs:
            total = total * x + c
        return total

    def __bool__(self):
        return self.coeffs != (0,)

    def __len__(self):
        return len(self.coeffs)

    def derivative(self):
        n = len(self.coeffs) - 1
        return Polynomial(*[c * (n - i) for i, c in enumerate(self.coeffs[:-1])] or [0])

    def __repr__(self):
        return f'Polynomial{self.coeffs}'


p = Polynomial(1, -3, 2)              # x^2 - 3x + 2
print([p(x) for x in range(5)], p.derivative(), p.derivative()(10))
print(bool(Polynomial(0, 0, 0)), Polynomial(0, 0, 0), bool(Polynomial(0, 5)), len(p))
print(list(map(p, [10, 20])), sorted([3, -1, 2], key=p))


class Accumulator:
    def __init__(self):
        self.total = 0

    def __call__(self, *values, scale=1):
        self.total += sum(values) * scale
        return self.total


acc = Accumulator()
acc(1, 2, 3)
acc(10, scale=2)
print(acc(), acc.total)
try:
    acc(1, bad=True)
except TypeError as e:
    print('TypeError:', e)
try:
    Thing()()
except TypeError as e:
    print('TypeError:', e)
