# sys.argv: the runner passes extra arguments from sys_argv.args.
import sys
print(len(sys.argv))
print(sys.argv[0].endswith('sys_argv.py'))
args = sys.argv[1:]
print(args)
for i, a in enumerate(args, start=1):
    print(i, repr(a), len(a))
numbers = [int(a) for a in args if a.lstrip('-').isdigit()]
print('numbers', numbers, 'sum', sum(numbers))
flags = [a for a in args if a.startswith('--')]
print('flags', flags)
options = {}
for a in flags:
    if '=' in a:
        key, value = a[2:].split('=', 1)
        options[key] = value
    else:
        options[a[2:]] = True
print(options)
print(type(sys.argv).__name__, all(isinstance(a, str) for a in sys.argv))
