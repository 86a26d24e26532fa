# re: sub, subn, split, escape, templates and callable replacements.
import re

print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world, good day'))
print(re.sub(r'(?P<first>\w+) (?P<second>\w+)', r'\g<second> \g<first> \g<0>', 'hello world'))
print(re.sub(r'(\d)', r'<\1\1>', 'a1b2'), re.sub('a', r'\n\t\\', 'xax'), re.sub('a', r'\-\.', 'a'))
print(re.sub(r'(a)|b', r'[\1]', 'ab'), re.sub('x', '\\g<0>\\g<0>', 'axb'), re.sub(r'(\d+)', r'\g<1>0', 'n5'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) ** 2), 'x3 y12 z'), re.sub('[aeiou]', lambda m: m.group().upper(), 'banana'))
print(re.sub('a', 'b', 'aaaa', count=2), re.sub('a', 'b', 'aaaa', 0), re.subn(r'\s+', ' ', 'a  b \t c'), re.subn('z', 'y', 'abc'))
print(re.sub('x*', '-', 'abxd'), re.sub('', '-', 'abc'), re.sub(r'\b', '|', 'hi there'), re.sub('(?m)^', '> ', 'one\ntwo\n'))
print(re.sub('$', '!', 'end\n'), re.sub('(?m)$', ';', 'a\nb'), re.subn('a|', '-', 'bab'), re.sub('a*?', '-', 'baac'))
print(re.sub(r'\\', '/', r'C:\dir\file'), re.sub(r'\.', r'\\.', 'a.b'), re.sub('[.]', '\\\\', 'a.b'))
print(re.sub(r'(?i)python', 'Krait', 'Python python PYTHON'), re.sub('a', '\\\\1', 'a'), re.sub(b'o', b'0', b'foo'))
print(re.sub('(o)', lambda m: m.group(1) * 3, 'foo'), re.sub(r'(\d+)/(\d+)', lambda m: str(int(m[1]) / int(m[2])), '1/4 3/8'))
pat = re.compile(r'(?P<word>\w+)')
print(pat.sub(r'<\g<word>>', 'a bc'), pat.subn(lambda m: m['word'][::-1], 'abc def'), pat.sub('x', 'a b c', 2))

print(re.split(r'[,;]\s*', 'a, b;c;  d'), re.split(r'([,;])', 'a,b;c'), re.split(r'(,)|(;)', 'a,b;c'))
print(re.split(r'\s+', '  leading and trailing  '), re.split('x', 'axbxcxd', maxsplit=2), re.split('x', 'axb', 5))
print(re.split('', 'abc'), re.split(r'\b', 'one two'), re.split('a*', 'baac'), re.split(r'(?=[A-Z])', 'HelloWorldFoo'))
print(re.split('x', ''), re.split('x*', ''), re.split(b',', b'1,2,,3'), re.split('(a)(x)?', 'bab'), re.split('z', 'abc', -1))

print(re.escape('http://example.com/path?q=1&r=[2]'), re.escape('a-b_c d\t'), re.escape(b'1+1=2'), re.escape('ünï'))
print(re.sub(re.escape('a.b'), 'X', 'a.b axb'), re.findall(re.escape('$5.00'), 'cost: $5.00 or $5x00'))
m = re.match(r'(?P<a>x)(y)?', 'x')
print(repr(m.expand(r'\1-\2-\g<a>')), m.expand('plain'), m.expand(r'\n'))
