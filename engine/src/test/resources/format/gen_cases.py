#!/usr/bin/env python3
"""Generates cases.tsv, the expected values for FormatCasesTest, using CPython 3.11 as the oracle.
Run from the repository root:  python3 engine/src/test/resources/format/gen_cases.py
Columns: kind, value, spec, expected. Text fields are escaped (see esc); errors are '!Type: message'.
Value encodings: floats are 16 hex digits of their IEEE bits; arguments for 'pct'/'sf'/'sfm' are
'|'-separated items 'i:int', 'f:bits', 's:text', 'b:0/1', 'n:', 'L:1,2' (list of ints), 'k:name' (the
following item is a keyword / mapping value); a 'pct' argument list starts with a mode item T (tuple),
S (single value) or M (single mapping).
"""
import math, os, random, struct, sys

R = random.Random(20240611)
rows = []


def esc(s):
    out = []
    for ch in s:
        c = ord(ch)
        if ch == '\\':
            out.append('\\\\')
        elif 32 <= c < 127 and ch != '|':
            out.append(ch)
        else:
            out.append('\\u{%x}' % c)
    return ''.join(out)


def bits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]


def run(f):
    try:
        return esc(f())
    except Exception as e:
        return '!' + type(e).__name__ + ': ' + esc(str(e))


def add(kind, value, spec, f):
    rows.append((kind, value, esc(spec), run(f)))


def enc(v):
    if isinstance(v, bool):
        return 'b:%d' % v
    if isinstance(v, int):
        return 'i:%d' % v
    if isinstance(v, float):
        return 'f:' + bits(v)
    if isinstance(v, str):
        return 's:' + esc(v)
    if v is None:
        return 'n:'
    if isinstance(v, list):
        return 'L:' + ','.join(str(i) for i in v)
    raise TypeError(v)


def enc_args(args, kwargs=None):
    items = [enc(a) for a in args]
    for k, v in (kwargs or {}).items():
        items += ['k:' + esc(k), enc(v)]
    return '|'.join(items)


def rand_double():
    r = R.random()
    if r < 0.3:
        while True:
            x = struct.unpack('<d', struct.pack('<Q', R.getrandbits(64)))[0]
            if math.isfinite(x):
                return x
    if r < 0.6:
        return R.uniform(-1, 1) * 10 ** R.randint(-20, 25)
    if r < 0.8:
        return round(R.uniform(-1000, 1000), R.randint(0, 6))
    return R.randint(-10 ** 6, 10 ** 6) / R.choice([1, 2, 4, 8, 16, 100, 1000])


# ---------------------------------------------------------------- float repr
specials = [0.0, -0.0, 1.0, -1.0, 100.0, 1e16, 1e15, 9999999999999998.0, 1e22, 1e23, 1.2345678901234567e19,
            0.0001, 0.00001, 1e-05, 0.00009999, 1.5e-05, 0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 5e-324, 1e-323,
            1.5e-323, 2e-323, 2.5e-323, 4e-323, 9e-323, 2.2250738585072014e-308, 2.225073858507201e-308,
            1.7976931348623157e308, 2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 63, 2.0 ** 64, 123.456, 2.675, 0.125, 0.5, 1.5,
            2.5, 1e300, 1e-300, math.pi, math.e, 1e100, 123456789012345678.0, float('inf'), float('-inf'),
            float('nan'), 0.000123, 12345678901234567890.0, 1e-7, 3e-5, 7e-4]
vals = list(specials)
for e in range(-30, 31):
    x = float('1e%d' % e)
    vals += [x, math.nextafter(x, 0), math.nextafter(x, math.inf)]
for k in range(1, 60):
    vals.append(struct.unpack('<d', struct.pack('<Q', k * 7919 + R.getrandbits(20)))[0])  # subnormals
while len(vals) < 700:
    vals.append(rand_double())
for x in vals:
    add('repr', bits(x), '', lambda: repr(x))

# ---------------------------------------------------------------- format(float)
fspecs = ['', 'f', '.2f', '.0f', '#.0f', 'e', '.3e', 'E', '.0e', '#.0e', 'g', '.3g', '#g', '#.3g', 'G', '.10g', '.0g',
          '.2', '.3', '.1', '#', '#.3', '.17', '%', '.1%', '.0%', 'n', '.3n', '+', ' ', '+.2f', ' .3e', '-f',
          '10.2f', '<10.2f', '^10.2f', '=10.2f', '>10', '010.2f', '+010.2f', '*^15.3e', '0<10', ',', ',.2f', '_.2f',
          '015,.2f', '012_.1f', ',e', ',g', '20,', 'z.2f', 'z.0f', 'z', 'z.1e', '0=12,.3f', 'x=12,.3f', 'F', '.2F',
          'd', 's', 'c', 'x', 'b', 'abc', '.', ',n', ',,', '_,', '.1000f'[:5], '.60f', '.20e', '.25g', '\U0001F600^9']
fvals = [0.0, -0.0, 1.0, -1.0, 1.5, 2.5, 0.5, 2.675, 0.125, 123.456, -123.456, 1e16, 1e15, 1234567.891, 0.1,
         1e-5, 1e-4, 0.001234, 12.0, 100.0, 9.995, 9.9999999, 99999.5, 1e300, 1e-300, 5e-324, 1e22, -0.0001,
         float('inf'), float('-inf'), float('nan'), 12345678901234567890.0, 0.3]
for x in fvals:
    for s in fspecs:
        add('ffmt', bits(x), s, lambda: format(x, s))
for _ in range(300):
    x = rand_double()
    s = R.choice(['', '+', ' ', '#', '0', ',', '_']) * R.randint(0, 1) + \
        (str(R.randint(0, 25)) if R.random() < 0.4 else '') + \
        ('.' + str(R.randint(0, 20)) if R.random() < 0.7 else '') + R.choice(['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n'])
    add('ffmt', bits(x), s, lambda: format(x, s))
add('ffmt', bits(1e300), 'f', lambda: format(1e300, 'f'))
add('ffmt', bits(1e-300), '.320f', lambda: format(1e-300, '.320f'))

# ---------------------------------------------------------------- format(int), format(bool)
ispecs = ['', 'd', 'n', 'x', 'X', 'o', 'b', '#x', '#X', '#o', '#b', 'c', '+', ' ', '-', '+d', ' x', '10', '<10', '^10',
          '=10', '010', '+010', '#010x', '0=10', '*^11', ',', '_', '_x', '_b', '_o', '#_X', ',x', '012,', '010_',
          '08,', '09,', '#012_b', 'e', '.2e', 'f', '.2f', 'g', '%', '.1%', 'G', 'E', 'F', ',.2f', '.2', '.2d', 'z',
          'zd', 'z.2d', '+c', '#c', ',c', '5c', '<5c', 's', 'q', '.2q', 'abc', '_n', ',n', '\x00<5', '{<5', '#5d',
          '_d', 'x<010', '0>9,', ' 010']
ivals = [0, 1, -1, 7, 65, 255, -255, 1000, 1234, -1234, 1234567, -9876543210, 0x10FFFF, 0x110000, 2 ** 31, 2 ** 63 - 1,
         -2 ** 63, 2 ** 63, 2 ** 64, -2 ** 64 - 1, 10 ** 25, -10 ** 25, 10 ** 400]
for v in ivals:
    for s in ispecs:
        add('ifmt', str(v), s, lambda: format(v, s))
for b in (True, False):
    for s in ['', 'd', 's', '>5', 'x', '#b', 'c', '.2f', '%', 'q', 'abc', '+', '05', ',']:
        add('bfmt', str(int(b)), s, lambda: format(b, s))

# ---------------------------------------------------------------- format(str)
sspecs = ['', 's', '10', '<10', '>10', '^10', '^11', '*^10', '.2', '10.2', '.0', '05', '<05', '=5', '+', ' ', '-',
          '#', 'z', ',', '_', 'd', 'x', 'abc', '\U0001F600>8', '.3s', '3', '.', 'S']
svals = ['', 'a', 'abc', 'hello world', 'é\u00e9x', '\U0001F600ab\U0001F601', 'x' * 20]
for v in svals:
    for s in sspecs:
        add('sfmt', esc(v), s, lambda: format(v, s))

# ---------------------------------------------------------------- str % args
def pct(template, args):
    if isinstance(args, tuple):
        value = 'T|' + enc_args(args) if args else 'T'
    elif isinstance(args, dict):
        value = 'M|' + enc_args([], args) if args else 'M'
    else:
        value = 'S|' + enc(args)
    add('pct', value, template, lambda: template % args)

for t, a in [('%s', 'x'), ('%s %s', (1, 2)), ('%d', 5), ('%d', -5), ('%i', 3.7), ('%u', -2.5), ('%d', True),
             ('%s', True), ('%x', True), ('%5d|', 42), ('%-5d|', 42), ('%05d', -42), ('%+d', 0), ('% d', 7),
             ('% +d', 7), ('%.3d', 5), ('%+.3d', 5), ('%08.3d', -5), ('%x', 255), ('%X', 255), ('%#x', 255),
             ('%#X', 255), ('%#o', 8), ('%o', -8), ('%#08x', 255), ('%#.3x', 5), ('%x', -10 ** 30),
             ('%d', 10 ** 30), ('%f', 3.14159), ('%.2f', 2.675), ('%.0f', 0.5), ('%.0f', 1.5), ('%.0f', 2.5),
             ('%#.0f', 5.0), ('%e', 12345.678), ('%.0e', 12345.0), ('%#.0e', 12345.0), ('%E', 1e-20), ('%g', 1e-5),
             ('%g', 123456789.0), ('%g', 0.0), ('%g', -0.0), ('%#g', 1.0), ('%#.3g', 100000.0), ('%G', 1e-20),
             ('%10.4e|', 1234.5678), ('%-10.2f|', 3.14159), ('%010.2f', -3.14159), ('%+.1f', 2.25), ('%f', 10 ** 20),
             ('%e', 10 ** 400), ('%F', float('inf')), ('%f', float('-inf')), ('%010f', float('-inf')),
             ('%E', float('nan')), ('%+f', float('nan')), ('%.60f', 0.1), ('%f', 5), ('%f', True), ('%c', 65),
             ('%c', 'é'), ('%c', '\U0001F600'), ('%5c', 65), ('%-5c|', 65), ('%.2c', 65), ('%05c', 65),
             ('%c', 0x10ffff), ('%c', -1), ('%c', 0x110000), ('%c', 'ab'), ('%c', 1.5), ('%c', 10 ** 30),
             ('%r', 'a'), ('%a', 'é'), ('%r', "it's"), ('%s', None), ('%r', None), ('%5s|', 'ab'),
             ('%-5s|', 'ab'), ('%05s', 'ab'), ('%.2s', 'abcdef'), ('%5.3s|', 'abcdef'), ('%.3r', 'abcdef'),
             ('%+s', 65), ('%#s', 65), ('%5s', 'é'), ('%s', 1.5), ('%r', 1e16), ('%s', 10 ** 30),
             ('%*d', (5, 42)), ('%-*d|', (5, 3)), ('%*s|', (-5, 'a')), ('%.*s|', (-5, 'a')), ('%.*f', (2, 3.14159)),
             ('%*.*f', (10, 2, 3.14159)), ('%*d', ('a', 1)), ('%.*d', ('a', 1)), ('%*d', (1.5, 1)),
             ('%*d', (2 ** 70, 1)), ('%.*f', (2 ** 70, 1.0)), ('%ld %hd %Lf', (1, 2, 3.0)),
             ('%(a)s', {'a': 1}), ('%(a)s %(b)d', {'a': 'x', 'b': 2}), ('%(a)s %s', {'a': 1}),
             ('%(a)*d', {'a': 1}), ('%(a(b))s', {'a(b)': 5}), ('%()s', {'': 5}), ('%(a', {'a': 1}),
             ('%(a)s', (1,)), ('%(a)s', 5), ('%(a)%', {}), ('%(a)s', {}), ('abc', {}), ('abc', ()),
             ('abc', 5), ('abc', [1]), ('abc', (1,)), ('%s', ()), ('%s %s', (1,)), ('%s', (1, 2)), ('%d', 'a'),
             ('%i', 'a'), ('%u', None), ('%x', 1.5), ('%o', 'a'), ('%X', None), ('%f', 'a'), ('%e', None),
             ('%d', float('inf')), ('%d', float('nan')), ('%', ()), ('abc%', 1), ('abc%q', ()), ('abc%q', 1),
             ('%5%', (1,)), ('%-5%', (1,)), ('%\u1234', 5), ('x\U0001F600%\u1234', 5), ('%%', ()), ('%%%s%%', 1),
             ('100%% %s', 'x'), ('%1000000000000000000000d', 1), ('%.1000000000000000000000d', 1),
             ('%s %r %a', ('é', 'é', 'é')), ('%-+8.3f|', 2.5), ('%#-8x|', 255), ('% 08.2f', 1.5),
             ('%.3g', 0.0001234), ('%.10g', 1 / 3), ('%g', 1e16), ('%g', 1e15), ('%.20f', 1e-10),
             ('%s', 'x%sy'), ('%s', [1, 2])]:
    pct(t, a)

# ---------------------------------------------------------------- str.format / format_map
def sf(template, args, kwargs=None):
    add('sf', enc_args(args, kwargs), template, lambda: template.format(*args, **(kwargs or {})))

for t in ['{', '}', '{0', '{0!', '{0!x}', '{0!r', '{0!rr}', '{0:', '{0:{', '{0:{}}}', '{}{0}', '{0}{}', '{1}', '{a}',
          '{0.}', '{0[}', '{0[0]x}', '{0:{1:{2}}}', '{!r}', '{:{}}{}', '{0[a:b]}', '{ }', '{0.}}', 'a}}b{{c',
          '{-1}', '{0:}', '{0!}', '{00}', '{0[]}', '{0x}', '{[0]}', '{0]}', '{0!r:}', '{0:>{1}}', '{0:{a}}',
          '{0}}', '{0:}}', '{' + '9' * 30 + '}', '{0[' + '9' * 30 + ']}', '{0[0]}', '{0[1]}', '{0[1]:>3}',
          '{} {} {}', '{} {}', '{2}', '{0} {0!r} {0!s} {0!a}', '{0!r:>10}', '{0:{1}.{2}f}', '{a:{1}}',
          'plain', '', '{{}}', '{{{0}}}', '{0:{{}}}', '{0!s:^{1}}', '{0:\U0001F600^7}', '{a!r}', '{b:.2f}',
          '{b:%}', '{c:,}', '{c:_x}', '{c:#b}', '{c.real}', '{c.imag}', '{c.nope}', '{b.real}', '{0.real}',
          '{d[1]}', '{d[5]}', '{d[x]}', '{0!\u00e9}', '{0!\x01}', '{0:{1:}}', '{\u0663}', 'x{0}y{1}z',
          '{0:>{1}', '{0:{1}>}', '{0:>5}|{1:<5}|{a:^5}', '{ 0}', '{0 }', '{0.a.b}', '{c:d}', '{c:s}',
          '{2147483648}', '{:}', '{:>5}', '{!s:>5}']:
    sf(t, ['x', 3, 4], {'a': 5, 'b': 1.5, 'c': 1234567, 'd': [10, 20, 30]})
sf('{0} {1}', ['é', 'a\nb'])
sf('{0!a} {0!r}', ['é\U0001F600'])
sf('{}', [])
sf('{a}', [])


def sfm(template, mapping):
    add('sfm', enc_args([], mapping), template, lambda: template.format_map(mapping))

for t in ['{}', '{0}', '{a}', '{b}', '{a:>5}', '{a!r}', 'x{{y}}', '{a[0]}']:
    sfm(t, {'a': 'xy'})

# ---------------------------------------------------------------- repr(str), ascii(str), repr(bytes)
strs = ['', 'a', "it's", 'say "hi"', 'both \' and "', 'back\\slash', 'tab\tnl\ncr\r', '\x00\x01\x1f\x7f\x80\x9f\xa0',
        'é', '\u00ad', '\u2028\u2029', '\u3000', '\ud800', '\udfff', '\ue000', '\U0001F600', '\U000e0001',
        '\U0010ffff', '\u0378', '\uffff', '\ufeff', '\u200b', 'ßΣ日本', ' ']
for cp in [0x897, 0xcf3, 0x1b4e, 0x31ef, 0x105c0, 0x1fa75, 0x2ebf0, 0x31350, 0x1f6dc, 0xa7cb]:
    strs.append(chr(cp))  # differ between Unicode 14 and newer
for _ in range(250):
    n = R.randint(1, 6)
    s = ''
    for _ in range(n):
        r = R.random()
        if r < 0.3:
            s += chr(R.randint(0, 0x7f))
        elif r < 0.6:
            s += chr(R.randint(0x80, 0x2fff))
        elif r < 0.8:
            s += chr(R.randint(0x3000, 0xffff))
        else:
            s += chr(R.randint(0x10000, 0x10ffff))
    strs.append(s)
for s in strs:
    add('srepr', esc(s), '', lambda: repr(s))
    add('sascii', esc(s), '', lambda: ascii(s))
bts = [b'', b'a', b"it's", b'say "hi"', b'both \' and "', b'\\', b'\t\n\r\x00\x7f\x80\xff', bytes(range(256))]
for _ in range(60):
    bts.append(bytes(R.getrandbits(8) for _ in range(R.randint(1, 8))))
for b in bts:
    add('brepr', b.hex(), '', lambda: repr(b))

# ---------------------------------------------------------------- hex/oct/bin
for v in ivals + [R.randint(-10 ** 30, 10 ** 30) for _ in range(20)]:
    for name, f in (('hex', hex), ('oct', oct), ('bin', bin)):
        add(name, str(v), '', lambda: f(v))

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'cases.tsv')
with open(path, 'w', encoding='ascii', newline='\n') as out:
    for row in rows:
        out.write('\t'.join(row) + '\n')
print(len(rows), 'cases written to', path)
