# json.dumps: formatting options, escaping, floats, keys, errors, custom encoders.
import json

record = {'name': 'Ada', 'age': 36, 'langs': ['en', 'fr'], 'height': 1.65, 'admin': False, 'manager': None,
          'nested': {'z': 1, 'a': [1, 2, {'deep': True}]}, 'empty_list': [], 'empty_dict': {}}
print(json.dumps(record))
print(json.dumps(record, sort_keys=True))
print(json.dumps(record, indent=2))
print(json.dumps(record, indent=4, sort_keys=True, separators=(',', ' = ')))
print(json.dumps(record, indent='--'))
print(json.dumps(record, indent=0))
print(json.dumps(record, separators=(',', ':')))
print(json.dumps([1, [2, [3, []]]], indent=1))

print(json.dumps('plain'), json.dumps('quote " backslash \\ slash /'), json.dumps('\n\r\t\b\f\x00\x1f\x7f'))
print(json.dumps('café ☕ 😀 \u2028'), json.dumps('café ☕ 😀', ensure_ascii=False), json.dumps('\ud800'))
print(json.dumps([0.1, 1.0, -0.0, 1e100, 1.5e-10, 3.141592653589793, 2.5e16, float('inf'), float('-inf'), float('nan')]))
print(json.dumps([0, -1, 2 ** 64, -(10 ** 30), True, False, None]), json.dumps((1, (2, 3))), json.dumps([]), json.dumps({}))
print(json.dumps({1: 'int', 2.5: 'float', True: 'bool', None: 'none', 'str': 'str', -0.0: 'negzero'}))
print(json.dumps({'b': 1, 'a': 2, 'c': {'y': 1, 'x': 2}}, sort_keys=True), json.dumps({3: 'c', 1: 'a', 2: 'b'}, sort_keys=True))
print(json.dumps({(1, 2): 'tuple key', 'ok': 1, frozenset(): 2}, skipkeys=True))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def encode_point(o):
    if isinstance(o, Point):
        return {'x': o.x, 'y': o.y}
    if isinstance(o, (set, frozenset)):
        return sorted(o)
    raise TypeError(f'cannot encode {type(o).__name__}')


print(json.dumps([Point(1, 2), {3, 1, 2}, frozenset({'b', 'a'})], default=encode_point))


class ComplexEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)


print(json.dumps({'z': 1 + 2j}, cls=ComplexEncoder), ComplexEncoder(indent=1).encode([3j]), ComplexEncoder().encode('s'))
print(list(json.JSONEncoder().iterencode({'a': [1]})), json.JSONEncoder(sort_keys=True).encode({'b': 0, 'a': 0}))


class MyDict(dict):
    pass


class MyList(list):
    pass


print(json.dumps(MyDict(a=MyList([1, 2]))), json.dumps({'t': (1,)}, indent=1))

for label, value, kwargs in [('object', object(), {}), ('set', {1}, {}), ('complex', 1j, {}), ('bytes', b'x', {}),
                             ('tuple key', {(1,): 1}, {}), ('nan strict', float('nan'), {'allow_nan': False}),
                             ('inf strict indent', [float('inf')], {'allow_nan': False, 'indent': 1}),
                             ('inf key strict', {float('inf'): 1}, {'allow_nan': False}),
                             ('mixed sort', {1: 1, 'a': 2}, {'sort_keys': True}), ('bad default', object(), {'default': str}),
                             ('default raises', Point(0, 0), {'default': lambda o: o.missing})]:
    try:
        print(label, json.dumps(value, **kwargs) if label != 'bad default' else json.dumps([value], **kwargs)[:10])
    except Exception as e:
        print(label, type(e).__name__ + ':', e)
loop = {'a': []}
loop['a'].append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print('circular:', e)
print(json.dumps(loop, check_circular=False, default=str)[:0] if False else 'skip')
shared = [1, 2]
print(json.dumps({'x': shared, 'y': shared}), json.dumps([shared, shared], indent=None))
