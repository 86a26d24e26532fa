# yield from: delegation, return values (StopIteration.value), recursion and send() pass-through.

def read_header(lines):
    header = yield from take_until(lines, '---')
    return [h.upper() for h in header]


def take_until(lines, marker):
    collected = []
    for line in lines:
        if line == marker:
            return collected
        collected.append(line)
        yield f'header line {len(collected)}'
    return collected


def document(lines):
    it = iter(lines)
    header = yield from read_header(it)
    yield f'header={header}'
    body = yield from ((f'body: {line}') for line in it)
    yield f'body result={body}'        # a generator expression returns None
    return len(header)


doc = ['title', 'author', '---', 'para 1', 'para 2']
g = document(doc)
for item in g:
    print(item)

# The return value of a generator travels in StopIteration.value.
g = document(['only header'])
print(list(g))
g = document(['h', '---'])
try:
    while True:
        next(g)
except StopIteration as stop:
    print('returned', stop.value)


def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value


def batches(sizes):
    """Collects the results of several sub-generators."""
    results = []
    for size in sizes:
        result = yield from accumulate()
        results.append(result)
    return results


# send() values pass straight through yield from to the sub-generator.
driver = batches([2, 2])
print(next(driver))                  # primes the first accumulator
print(driver.send(5), driver.send(7))
print(driver.send(None))             # finishes the first accumulator, starts the second
print(driver.send(100))
try:
    driver.send(None)
except StopIteration as stop:
    print('batches ->', stop.value)


# Recursive generators: flatten nested structures and walk a tree.
def flatten(items):
    for item in items:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, (4, 5)], []], [[[6]]], 7])))

tree = {'name': 'root', 'children': [
    {'name': 'src', 'children': [{'name': 'main.py', 'children': []}, {'name': 'util.py', 'children': []}]},
    {'name': 'README', 'children': []},
]}


def paths(node, prefix=''):
    path = prefix + '/' + node['name']
    yield path
    for child in node['children']:
        yield from paths(child, path)


def count_nodes(node):
    """Yields the names below node and returns the size of its subtree."""
    n = 1
    for child in node['children']:
        yield child['name']
        n += yield from count_nodes(child)
    return n


print(list(paths(tree)))
walk = count_nodes(tree)
names = []
try:
    while True:
        names.append(next(walk))
except StopIteration as stop:
    print(names, 'count =', stop.value)

# yield from works with any iterable, not just generators.
def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain('ab', [1, 2], range(3), {'k': 'v'}, (x * x for x in range(3)))))


# Permutations with recursive yield from.
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, first in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [first] + rest


print([''.join(p) for p in permutations('abc')])
print(sum(1 for _ in permutations(list(range(5)))))


# yield from an iterator that is already exhausted returns immediately.
def empty_delegate():
    result = yield from iter([])
    yield f'result {result!r}'


print(list(empty_delegate()))


# A sub-generator raising an exception propagates it through yield from.
def failing():
    yield 1
    raise ValueError('sub-generator failed')


def outer():
    try:
        yield from failing()
    except ValueError as e:
        yield f'outer caught: {e}'
    yield 'outer continues'


print(list(outer()))
