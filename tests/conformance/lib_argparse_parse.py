# argparse: parsing arguments into a Namespace, and the error messages.
import os
os.environ['COLUMNS'] = '80'
import sys
import argparse


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def text(self):
        return ''.join(self.parts)


def attempt(parser, args):
    saved_err, saved_out = sys.stderr, sys.stdout
    err = Capture()
    out = Capture()
    sys.stderr = err
    sys.stdout = out
    try:
        result = parser.parse_args(args)
        code = None
    except SystemExit as e:
        result = None
        code = e.code
    finally:
        sys.stderr = saved_err
        sys.stdout = saved_out
    print(args, '->', result, 'exit' if code is not None else '', code if code is not None else '')
    if out.text():
        print('  stdout:', repr(out.text()))
    if err.text():
        print('  stderr:', repr(err.text()))


p = argparse.ArgumentParser(prog='tool')
p.add_argument('src')
p.add_argument('dst', nargs='?', default='out.txt')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('-n', '--num', type=int, default=3)
p.add_argument('-q', action='store_true')
p.add_argument('--no-cache', dest='cache', action='store_false')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast')
p.add_argument('-I', '--include', action='append')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--scale', type=float)
for args in [['a'], ['a', 'b'], ['a', '-vvv'], ['-v', 'a', '-v', '--verbose'],
             ['a', '-n', '7'], ['a', '-n7'], ['a', '--num=8'], ['a', '--num', '-5'],
             ['a', '-qv'], ['a', '--no-cache', '--mode', 'slow'], ['a', '--mode=slow'],
             ['a', '-I', 'x', '-Iy', '--include=z'], ['a', '--const'], ['--', '-a'],
             ['a', '--scale', '-1.5'], ['a', '--verb'], ['a', '--inc', 'q'],
             [], ['a', 'b', 'c'], ['a', '-n', 'x'], ['a', '--mode', 'medium'],
             ['a', '-n'], ['a', '--bogus'], ['a', '--const=3'], ['a', '--n'],
             ['a', '--scale', 'nan?']]:
    attempt(p, args)

# nargs variants
p = argparse.ArgumentParser(prog='nargs')
p.add_argument('first', nargs=2)
p.add_argument('rest', nargs='*')
p.add_argument('--pair', nargs=2, type=int)
p.add_argument('--many', nargs='+')
p.add_argument('--maybe', nargs='?', const='C', default='D')
p.add_argument('--any', nargs='*')
for args in [['a', 'b'], ['a', 'b', 'c', 'd'], ['a'], ['a', 'b', '--pair', '1', '2'],
             ['a', 'b', '--pair', '1'], ['--many', 'x', 'y', '--', 'a', 'b', 'c'],
             ['a', 'b', '--maybe'], ['a', 'b', '--maybe', 'v'], ['--maybe', 'a', 'b'],
             ['a', 'b', '--any'], ['a', 'b', '--any', '1', '2'], ['a', 'b', '--many'],
             ['a', '--many', 'm', 'b']]:
    attempt(p, args)

# positional + and required options
p = argparse.ArgumentParser(prog='req')
p.add_argument('files', nargs='+')
p.add_argument('--out', required=True)
p.add_argument('last')
for args in [['a', 'b', '--out', 'o'], ['a'], ['--out', 'o'], ['a', 'b', 'c', '--out=o']]:
    attempt(p, args)

# negative numbers as positional values; and when options look like numbers
p = argparse.ArgumentParser(prog='neg')
p.add_argument('x', type=int)
p.add_argument('-y', type=float)
for args in [['-3'], ['-3', '-y', '-2.5'], ['-y', '-.5', '4']]:
    attempt(p, args)
p = argparse.ArgumentParser(prog='neg2')
p.add_argument('-1', dest='one', action='store_true')
p.add_argument('x', nargs='?')
for args in [['-1'], ['-2'], ['5']]:
    attempt(p, args)

# parse_known_args, namespace, defaults
p = argparse.ArgumentParser(prog='known')
p.add_argument('--a', type=int, default=1)
p.add_argument('b', nargs='?')
print(p.parse_known_args(['--a', '2', '--zz', 'q', 'r']))
print(p.parse_known_args(['x', '--zz=1']))
ns = argparse.Namespace(a=10, extra='kept')
print(p.parse_args(['b'], namespace=ns), ns.extra)
p.set_defaults(a=5, other='o')
print(p.parse_args([]), p.get_default('a'), p.get_default('other'))
p.add_argument('--num', type=int, default='12')
print(p.parse_args([]))

# Namespace itself
n = argparse.Namespace(b='x', a=1)
print(n, vars(n), n == argparse.Namespace(a=1, b='x'), n != argparse.Namespace(a=2), 'a' in n)
print(argparse.Namespace(), argparse.Namespace(**{'not valid': 1, 'ok': 2}))

# sys.argv defaults
sys.argv = ['/usr/bin/myprog.py', '--flag', 'pos']
p = argparse.ArgumentParser()
p.add_argument('--flag', action='store_true')
p.add_argument('pos')
print(p.prog, p.parse_args())

# version and help actions exit
p = argparse.ArgumentParser(prog='ver')
p.add_argument('--version', action='version', version='%(prog)s 1.2')
attempt(p, ['--version'])
attempt(p, ['-h'])
e = argparse.ArgumentError(None, 'plain')
print(str(e))
try:
    p.add_argument('--version')
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
try:
    p.add_argument('bad', action='nope')
except ValueError as e:
    print('ValueError:', e)
