# json.loads: values, hooks, strictness, positions of errors, raw_decode.
import json

doc = '''
{
  "name": "Widget",
  "count": 3,
  "price": 9.99,
  "big": 123456789012345678901234567890,
  "exp": 1e3,
  "neg": -0.5,
  "tags": ["a", "b\\n", "\\u00e9\\u4e2d\\ud83d\\ude00"],
  "flags": {"on": true, "off": false, "unknown": null},
  "esc": "quote \\" slash \\/ backslash \\\\ tab \\t"
}
'''
data = json.loads(doc)
print(data)
print(type(data['count']).__name__, type(data['exp']).__name__, data['tags'][2], len(data['tags'][2]))
print(json.loads('[]'), json.loads('{}'), json.loads(' 42 '), json.loads('"x"'), json.loads('null'), json.loads('-0'))
print(json.loads('[1e400, -1e400, 1E-400, 0.1, 10E2, 1.5e+3]'), json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads('{"a": 1, "a": 2, "b": {"a": 3}}'), json.loads('{"": 0}'), ascii(json.loads('"\\ud800\\u0041"')))
print(json.loads('\t\n\r [ 1 , 2 ]\n'), json.loads(b'{"bytes": true}'), json.loads(b'\xef\xbb\xbf[1]'))
print(json.loads('[1.5, 10]', parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda name: name.lower()))
print(json.loads('{"b": 1, "a": [{"c": 2}]}', object_hook=lambda d: sorted(d)))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('{"x": 1}', object_hook=lambda d: 'hook', object_pairs_hook=lambda p: 'pairs'))
print(json.loads('"tab\there"', strict=False), json.loads('"line\nbreak"', strict=False))

decoder = json.JSONDecoder()
print(decoder.decode(' [1] '), decoder.raw_decode('{"a": 1} trailing'), decoder.raw_decode('xx[2]', 2))
print(decoder.raw_decode('"😀" 5'), decoder.raw_decode('😀😀"a"', 2))

bad = ['', '   ', '[', ']', '{', '{"a"}', '{"a" 1}', '{"a": }', '{"a": 1,}', '{"a": 1 "b": 2}', "{'a': 1}",
       '[1,]', '[1 2]', '[,1]', '"unterminated', '"bad \\x escape"', '"bad \\u12g4"', '"ctrl \x05 char"', 'tru',
       'nul', 'True', '01', '1.', '.5', '+1', '-', '1e', '[1]]', '{"a":1}}', '[1] [2]', 'NaNa', 'infinity',
       '\ufeff{}', '"\\', '{"a":1,\n"b"\n:\n}', '[\n1,\n2\n,\n]', '"😀" x', '{"k":"😀"\n,"z" 1}']
for text in bad:
    try:
        json.loads(text)
        print(repr(text), 'parsed?!')
    except json.JSONDecodeError as e:
        print(repr(text), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, e.doc == text)

for label, f in [('int arg', lambda: json.loads(3)), ('None arg', lambda: json.loads(None)),
                 ('negative idx', lambda: decoder.raw_decode('[1]', -1)), ('list arg', lambda: json.loads([]))]:
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ':', e)
e = json.JSONDecodeError('Custom', 'ab\ncd', 4)
print(str(e), e.lineno, e.colno, isinstance(e, ValueError), json.JSONDecodeError.__module__)
round_trip = {'list': [1, 2.5, 'three', None, True], 'nested': {'k': [{'deep': ['x']}]}, 'unicode': 'ünï😀'}
print(json.loads(json.dumps(round_trip)) == round_trip, json.loads(json.dumps(round_trip, indent=3)) == round_trip)
