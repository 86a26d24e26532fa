# sys.stdout.write / sys.stderr.write and their return values.
import sys
n = sys.stdout.write('hello\n')
print(n)
n = sys.stdout.write('no newline')
sys.stdout.write(' ... continued\n')
print(n)
print(sys.stdout.write(''))
print(sys.stdout.write('é😀\n'))
sys.stderr.write('stderr output is not compared\n')
for i in range(3):
    sys.stdout.write(str(i))
    sys.stdout.write(',' if i < 2 else '\n')
parts = ['a', 'b', 'c']
sys.stdout.write(' '.join(parts) + '\n')
sys.stdout.write('%d items\n' % len(parts))
sys.stdout.write(f'{len(parts)} items again\n')
print('mixing', end=' ')
sys.stdout.write('print and write\n')
sys.stdout.flush()
sys.stdout.write('after flush\n')
lines = ['line %d\n' % i for i in range(1, 4)]
for line in lines:
    sys.stdout.write(line)
print(sys.stdout is not sys.stderr, callable(sys.stdout.write))
