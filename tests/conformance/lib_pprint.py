import collections
import dataclasses
import io
import pprint
import types

data = {
    'name': 'Krait interpreter configuration',
    'versions': [3.9, 3.10, 3.11, (1, 2, 3)],
    'matrix': [[i * j for j in range(8)] for i in range(6)],
    'nested': {'a': {'b': {'c': {'d': [1, 2, {'e': 'deep'}]}}}},
    'tags': {10, 30, 20, 5},
    'frozen': frozenset({3, 1, 2}),
    'empty': [{}, [], (), set(), '', b''],
    'single': (42,),
    10: 'int key',
    'long text': 'The quick brown fox jumps over the lazy dog. ' * 4,
    'lines': 'first line\nsecond line that is quite long indeed and goes on and on and on and on\nthird\n',
    'blob': bytes(range(40)),
    'ba': bytearray(b'hello world, this is a fairly long bytearray value for wrapping'),
    'big': 12345678901234567890,
}
pprint.pprint(data)
print(pprint.pformat(data, width=40))
print(pprint.pformat(data, indent=4, width=60))
print(pprint.pformat(data, depth=2))
print(pprint.pformat(data, compact=True, width=50))
print(pprint.pformat(data['matrix'], compact=True, width=30))
print(pprint.pformat({'b': 1, 'a': 2, 'c': [3] * 30}, sort_dicts=False))
print(pprint.pformat([10 ** 12, 123456, {'n': 9876543210}], underscore_numbers=True))
print(pprint.pformat(list(range(40)), width=20, compact=True))
print(pprint.pformat(tuple(range(30))))
print(pprint.pformat(('word ' * 30,)))
print(pprint.pformat(['x' * 100]))
print(pprint.pformat('a' * 100))
print(pprint.pformat(b'b' * 100))
print(pprint.pformat({'k': 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor'}))
pprint.pp({'z': 1, 'a': [1, 2, 3], 'long': list(range(30))})
pprint.pp([1, 2], width=3)

od = collections.OrderedDict((str(i), i * i) for i in range(15))
print(pprint.pformat(od))
print(pprint.pformat(collections.OrderedDict()))
dd = collections.defaultdict(list, {'x' * 20: list(range(10)), 'y' * 20: list(range(10))})
print(pprint.pformat(dd))
print(pprint.pformat(collections.Counter('the quick brown fox jumps over the lazy dog abracadabra')))
print(pprint.pformat(collections.deque(range(30))))
print(pprint.pformat(collections.deque(range(30), maxlen=40)))
print(pprint.pformat(collections.ChainMap({'a' * 30: 1}, {'b' * 30: 2}, {'c' * 30: 3})))
print(pprint.pformat(types.SimpleNamespace(alpha=list(range(20)), beta='text ' * 10, gamma=None)))
print(pprint.pformat(types.MappingProxyType({'key%d' % i: i for i in range(12)})))

@dataclasses.dataclass
class Point:
    x: int
    y: int
    label: str = 'a point with a long descriptive label'
    tags: list = dataclasses.field(default_factory=lambda: list(range(12)))

print(pprint.pformat(Point(1, 2)))
print(pprint.pformat([Point(3, 4)], width=40))

class Custom:
    def __repr__(self):
        return 'Custom(' + 'x' * 90 + ')'

class MyList(list):
    pass

class ReprList(list):
    def __repr__(self):
        return 'ReprList!'

print(pprint.pformat([Custom()]))
print(pprint.pformat(MyList(range(30))))
print(pprint.pformat([ReprList(range(30))] * 2))

rec = [1, 2]
rec.append(rec)
d = {'self': None}
d['self'] = d
print(pprint.saferepr(rec).startswith('[1, 2, <Recursion on list with id='), pprint.isrecursive(rec), pprint.isrecursive([1]))
print(pprint.saferepr({'b': [1, 2], 'a': (3,)}), pprint.saferepr('x'), pprint.saferepr(object).startswith('<'))
print(pprint.isreadable([1, 'a', (2.5, None)]), pprint.isreadable([object()]), pprint.isreadable(rec), pprint.isreadable({}))
print(pprint.pformat(d).startswith("{'self': <Recursion on dict with id="))
print(pprint.pformat({'str': 3, 4: 4, None: 5, 2.5: 6}))
print(pprint.pformat({1, 'a', 2.5, (1,)}, width=10))

stream = io.StringIO()
printer = pprint.PrettyPrinter(indent=2, width=30, stream=stream)
printer.pprint({'alpha': [1, 2, 3, 4, 5, 6, 7, 8, 9], 'beta': {'gamma': 'delta'}})
print(stream.getvalue(), end='')
print(printer.pformat((1, 2)), printer.isreadable([1]), printer.isrecursive(rec), printer.format([1], {}, 0, 0))
for kw in [{'indent': -1}, {'depth': 0}, {'width': 0}]:
    try:
        pprint.PrettyPrinter(**kw)
    except ValueError as e:
        print('ValueError:', e)
print(pprint.pformat([[[['deep']]]], depth=1), pprint.pformat([[[['deep']]]], depth=3), pprint.pformat({'a': {'b': 1}}, depth=1))
