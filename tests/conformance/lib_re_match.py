# re: searching and matching, Match objects, finditer/findall, pos and endpos.
import re

m = re.search(r'(?P<user>[\w.]+)@(?P<host>[\w.]+)', 'mail: jane.doe@example.org, bob@x.io')
print(m)
print(m.group(), m.group(0), m.group(1), m.group('host'), m.group(1, 'host', 0), m[2], m['user'])
print(m.groups(), m.groupdict(), m.start(), m.end(), m.span(), m.span('host'), m.start(2), m.end('user'))
print(m.lastindex, m.lastgroup, m.re.pattern, m.string[:5], m.pos, m.endpos, m.regs)
print(m.expand(r'\2 <- \g<user> (\g<0>)'), bool(m))

print(re.match(r'\d+', '123abc'), re.match(r'\d+', 'abc123'), re.fullmatch(r'\w+', 'abc'), re.fullmatch(r'\w+', 'ab c'))
print(re.search(r'^\s*$', ''), re.search('x', ''), re.match('', ''), re.fullmatch('a|ab', 'ab'))

opt = re.match(r'(a)(b)?(c)?', 'ac')
print(opt.groups(), opt.groups('-'), opt.group(2), opt.span(2), opt.start(3), opt.lastindex, opt.regs)
print(re.match(r'(a(b))', 'ab').lastindex, re.match(r'(a)(b)', 'ab').lastindex, re.match(r'(?:(a)|b)+', 'ab').lastindex)
print(re.match(r'((a)|b)+', 'ab').groups(), re.match(r'(?P<x>a)(?P<y>b)?', 'a').groupdict('?'), re.match('a', 'a').lastindex)

text = 'The year 1999 ended, 2000 began; 2024 is now.'
print(re.findall(r'\d{4}', text), re.findall(r'(\d\d)(\d\d)', text), re.findall(r'(1|2)\d{3}', text))
print([m.group() for m in re.finditer(r'\b\w{4}\b', text)], [m.span() for m in re.finditer(r'[aeiou]', 'banana')])
print(re.findall('', 'abc'), re.findall('a*', 'baaac'), re.findall(r'\b', 'a bc'), re.findall('(a)|(b)', 'ab'))
print([m.span() for m in re.finditer(r'x*', 'axxb')], re.findall(r'|b', 'ab'), re.findall(r'a|', 'ba'))

p = re.compile(r'\w+')
s = 'one two three four'
print(p.search(s, 4), p.search(s, 4, 6), p.match(s, 4), p.match(s, 3), p.fullmatch(s, 8, 13), p.findall(s, 5, 15))
print(p.search(s, -5), p.search(s, 100), p.search(s, 10, 5), [m.group() for m in p.finditer(s, 3, 12)])
print(re.compile('^a').search('ba', 1), re.compile('^a', re.M).search('b\na', 1), re.compile('a$').search('ab', 0, 1))
print(re.compile(r'\Ab').search('ab', 1), re.compile(r'(?<=a)b').search('ab', 1), re.compile(r'b(?=c)').search('abc', 0, 2))

print(re.search('(?i)straße', 'STRASSE Straße'), re.search('ǅ', 'ǆ', re.I), re.findall(r'(?i)[a-c]+', 'xAbCz'))
print(re.findall(r'\w+', 'héllo wörld 日本語 ½ x_1'), re.findall(r'\d', '1٢३x'), re.findall(r'\s+', 'a\tb\x1c c\u2003d'))
print(re.findall(r'(?a)\w+', 'héllo wörld'), re.findall(r'[^\W\d]+', 'ab12cd_3'), re.findall(r'[\s\d]+', 'a 1 b'))
print(re.search('😀+', 'ab😀😀c'), re.search('😀', 'x😀').span(), [m.span() for m in re.finditer('.', 'a😀b')])
emoji = re.match(r'(.)(.)(.)', '😀é😀')
print(emoji.groups(), emoji.span(2), emoji.end(3))

for m in re.finditer(r'(?P<key>\w+)=(?P<value>[^;]*)', 'a=1;bb=two;c='):
    print(m.group('key'), repr(m.group('value')), m.span('value'), m.lastgroup)
print(re.match(b'(\\d+)-(\\w+)', b'42-abc').groups(), re.search(rb'\w+', b'  bytes!'), re.findall(rb'[aeiou]', b'education'))
