# Padding, alignment and case-changing methods.
print('hello world'.capitalize(), 'HELLO'.capitalize(), '123abc'.capitalize(), ''.capitalize())
print('hello world'.title(), "they're bill's".title(), 'HELLO wORLD'.title(), 'a1b2 c3'.title())
print('42'.zfill(5), '-42'.zfill(5), '+7'.zfill(4), 'abc'.zfill(2), ''.zfill(3))
print('[' + 'hi'.center(6) + ']', '[' + 'hi'.center(7) + ']', '[' + 'hi'.center(7, '*') + ']')
print('[' + 'odd'.center(6) + ']', '[' + 'x'.center(4, '-') + ']', '[' + 'long'.center(2) + ']')
print('[' + 'left'.ljust(8) + ']', '[' + 'right'.rjust(8) + ']', '[' + 'x'.ljust(4, '.') + ']')
print('[' + 'x'.rjust(4, '0') + ']', '[' + 'toolong'.ljust(3) + ']', '[' + 'é'.rjust(3) + ']')
print('MiXeD'.swapcase(), 'hello'.upper().lower(), 'ABC'.lower().capitalize())

# A formatted table using ljust/rjust/center
rows = [('apple', 3, 0.5), ('banana', 12, 0.25), ('cherry', 150, 2.0), ('kiwi', 7, 0.75)]
print('+' + '-' * 30 + '+')
print('|' + 'FRUIT REPORT'.center(30) + '|')
print('+' + '-' * 30 + '+')
for name, qty, price in rows:
    line = name.ljust(10) + str(qty).rjust(6) + str(price).rjust(8)
    print('|' + line.ljust(30) + '|')
print('+' + '-' * 30 + '+')

# Zero-padded identifiers
for i in [1, 22, 333, 4444, 55555]:
    print('ID-' + str(i).zfill(4))

# Titles from identifiers
for ident in ['user_name', 'max_retry_count', 'id', 'http_server_error']:
    print(ident, '->', ident.replace('_', ' ').title(), '->', ident.replace('_', ' ').capitalize())

# Counting with count() on many patterns
dna = 'AGCTTAGCTAAGCTTAGGCT'
for base in 'ACGT':
    print(base, dna.count(base))
print('AG', dna.count('AG'), 'GCT', dna.count('GCT'))

# isdigit-based filtering
tokens = ['12', 'abc', '3.5', '007', '', '-4', '2x', '99']
print([t for t in tokens if t.isdigit()])
print(sum(int(t) for t in tokens if t.isdigit()))

# Centered pyramid
for i in range(1, 6):
    print(('*' * (2 * i - 1)).center(9).rstrip())

# Right-aligned numbers
nums = [1, 10, 100, 1000, 10000]
width = len(str(max(nums)))
for n in nums:
    print(str(n).rjust(width), str(n).ljust(width) + '|', str(n).center(width + 2, '_'))

# startswith / endswith for routing
paths = ['/api/users', '/api/items/3', '/static/app.js', '/index.html', '/api']
for p in paths:
    if p.startswith('/api/'):
        kind = 'api'
    elif p.endswith('.js') or p.endswith('.css'):
        kind = 'asset'
    elif p.endswith('.html'):
        kind = 'page'
    else:
        kind = 'unknown'
    print(p.ljust(16), kind)
