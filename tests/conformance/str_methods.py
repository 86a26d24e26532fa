# Common string methods: split, join, strip, case, replace, find ...
line = '  The quick  brown fox  '
print(line.split())
print(line.split(' '))
print(line.strip(), '|' + line.lstrip() + '|', '|' + line.rstrip() + '|')
print('a,b,,c'.split(','), 'a,b,,c'.split(',', 1), 'a b c d'.split(' ', 2), ''.split(), ''.split(','))
print('one  two\tthree\nfour'.split(), 'x'.split('x'), 'abc'.split('abc'))
print('--'.join(['a', 'b', 'c']), ''.join(['x', 'y']), ', '.join(str(i) for i in range(4)))
print('xxhixx'.strip('x'), '..a.b..'.strip('.'), 'abcba'.strip('ab'), '\t\n x \r\n'.strip())
print('Hello World'.lower(), 'Hello World'.upper(), 'ÉCOLE'.lower(), 'straße'.upper())
print('aaa'.replace('a', 'b'), 'aaa'.replace('a', 'b', 2), 'hello'.replace('l', ''), 'abc'.replace('', '-'))
print('spam spam spam'.replace('spam', 'eggs'), 'abc'.replace('x', 'y'))
print('hello'.find('l'), 'hello'.find('z'), 'hello'.find('lo'), 'hello'.find(''), 'hello'.find('l', 3))
print('hello'.find('l', 4), 'hello'.find('h', 1), 'hello'.find('o', 0, 4), 'héllo'.find('l'))
print('hello'.startswith('he'), 'hello'.startswith('lo'), 'hello'.endswith('lo'), 'hello'.endswith(''))
print('hello'.startswith(('x', 'h')), 'file.txt'.endswith(('.py', '.txt')), 'hello'.startswith('l', 2))
print('banana'.count('a'), 'banana'.count('an'), 'banana'.count('x'), 'banana'.count(''), 'aaaa'.count('aa'))
print('12345'.isdigit(), '12a'.isdigit(), ''.isdigit(), ' 1'.isdigit(), '٣'.isdigit())
print('abc'.isalpha(), 'ab1'.isalpha(), 'abc'.isupper(), 'abc'.islower(), '   '.isspace())

# Parsing key=value configuration text
config = """
name = krait
  version=0.1
# comment line
debug = true
path = /usr/local/bin
"""
settings = {}
for raw in config.split('\n'):
    raw = raw.strip()
    if not raw or raw.startswith('#'):
        continue
    key, value = raw.split('=', 1)
    settings[key.strip()] = value.strip()
print(settings)

# Word statistics
text = 'It was the best of times, it was the worst of times.'
words = text.lower().replace(',', '').replace('.', '').split()
print(words)
print(len(words), words.count('was'), words.count('times'))
print(' '.join(w.upper() for w in words if len(w) > 3))

# Normalising whitespace
messy = '  lots   of    space   here '
print('|' + ' '.join(messy.split()) + '|')

# CSV-ish parsing
rows = 'id,name,score\n1,ann,90\n2,bob,85\n3,cy,77'
lines = rows.split('\n')
header = lines[0].split(',')
for row in lines[1:]:
    fields = row.split(',')
    print(dict(zip(header, fields)))

# Finding all occurrences
hay = 'the cat sat on the mat with the hat'
pos = hay.find('the')
found = []
while pos != -1:
    found.append(pos)
    pos = hay.find('the', pos + 1)
print(found)
print(hay.replace('the', 'a').split(' at'))
