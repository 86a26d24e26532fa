# re.error messages, positions, line/column, and the other exceptions re raises.
import re

patterns = ['(a', 'a)', '*a', 'a**', 'a{2,1}', '[a', '[z-a]', r'[\d-z]', r'\q', 'a\\', '(?P<1a>x)', '(?P<a>x)(?P<a>y)',
            '(?P=nope)', r'(a)\2', r'(a\1)', '(?<=a+)b', '(?i)a(?m)b', 'a(?i)b', '(?', '(?<n>a)', '(?Q)', '(?P', '(?Px)',
            '(?#comment', '(?L)a', '(?au)a', '(?-a:x)', '(?i-i:x)', '(?z)x', '(?i', r'\x4', r'\u12', r'\U00110000',
            r'\N{NOPE}', r'\N', '[]', '(?P<>x)', '(?P<a', '(?P=)', 'x{99999999999}', r'\8', '\\', '(?x)[a', 'ab\n(cd',
            'a\nb\n\nc)', '^*', r'\b+', '(?=a)*', 'a|*']
for p in patterns:
    try:
        re.compile(p)
        print(repr(p), 'compiles')
    except re.error as e:
        print(repr(p), 're.error:', e, '|', repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == p)
    except Exception as e:
        print(repr(p), type(e).__name__ + ':', e)

for label, f in [
        ('bad template escape', lambda: re.sub('a', r'\q', 'a')),
        ('bad template group', lambda: re.sub('(a)', r'\2', 'a')),
        ('bad template name', lambda: re.sub('(?P<x>a)', r'\g<y>', 'a')),
        ('bad template number', lambda: re.sub('(a)', r'\g<3>', 'a')),
        ('bad template syntax', lambda: re.sub('a', r'\g<1', 'a')),
        ('template missing <', lambda: re.sub('a', r'\g', 'a')),
        ('template bad name', lambda: re.sub('a', r'\g<-1>', 'a')),
        ('str pattern, bytes', lambda: re.search('a', b'a')),
        ('bytes pattern, str', lambda: re.search(b'a', 'a')),
        ('not a string', lambda: re.search('a', 42)),
        ('pattern type', lambda: re.compile(42)),
        ('flags with compiled', lambda: re.compile(re.compile('a'), re.I)),
        ('locale str', lambda: re.compile('a', re.L)),
        ('ascii unicode', lambda: re.compile('a', re.A | re.U)),
        ('unicode bytes', lambda: re.compile(b'a', re.U)),
        ('bytes inline u', lambda: re.compile(b'(?u)a')),
        ('repl type', lambda: re.sub('a', 1, 'a')),
        ('repl bytes for str', lambda: re.sub('a', b'x', 'a')),
        ('callable result', lambda: re.sub('a', lambda m: 1, 'a')),
        ('no such group', lambda: re.match('(a)', 'a').group(2)),
        ('no such name', lambda: re.match('(a)', 'a').group('x')),
        ('negative group', lambda: re.match('(a)', 'a').span(-1)),
        ('expand bad', lambda: re.match('(a)', 'a').expand(r'\3')),
        ('Pattern()', lambda: re.Pattern()),
        ('Match()', lambda: re.Match())]:
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)
e = re.error('custom message')
print(repr(e), e.msg, e.pattern, e.pos, e.lineno)
e = re.error('bad', 'abc\ndef', 5)
print(str(e), e.lineno, e.colno)
print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
try:
    re.compile('a(b')
except re.error as err:
    print('caught:', err)
