# print() with sep, end, file and flush.
import sys
print('a', 'b', 'c')
print('a', 'b', 'c', sep='')
print('a', 'b', 'c', sep=', ')
print('a', 'b', 'c', sep='\n')
print('no newline', end='')
print(' <- continued')
print('x', 'y', sep='-', end='!\n')
print()
print('', end='')
print(end='only end\n')
print(sep='ignored')
print(1, 2.5, None, True, [1], (2,), {'k': 3}, sep=' | ')
print('tabs', 'between', sep='\t')
print(*range(5))
print(*range(5), sep=',')
print(*['x', 'y'], end='.\n')
print('multi\nline\ntext')
for i in range(3):
    print(i, end=' ')
print()
for i in range(3):
    print(i, end=', ' if i < 2 else '\n')
print('flushed', flush=True)
print('to stdout explicitly', file=sys.stdout)
print('this goes to stderr and is not compared', file=sys.stderr)
print('after stderr')
print('sep None', 'uses space', sep=None)
print('end None', end=None)
print('values', 10, -3, 0.5, sep='')
print("quotes: 'single' \"double\"")
print('unicode: é ü ñ 日本 😀')
print('escape: \\n is not a newline here')
sys.stdout.write('written without print\n')
print(len('counted'), 'chars')

# Building a progress bar on one line
for step in range(0, 101, 25):
    print('[' + '#' * (step // 10) + ' ' * (10 - step // 10) + ']', step, end='%\n')

# Printing a table with separators
rows = [('name', 'qty'), ('apples', 3), ('pears', 10)]
for a, b in rows:
    print(a, b, sep=' : ')
print('-' * 12, 'done', '-' * 12)
print(print)
