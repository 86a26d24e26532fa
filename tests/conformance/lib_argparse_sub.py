# argparse: sub-commands, custom types and actions, parents, exit_on_error.
import os
os.environ['COLUMNS'] = '80'
import sys
import argparse


class Capture:
    def __init__(self):
        self.text = ''

    def write(self, s):
        self.text += s


def attempt(parser, args):
    err, out = Capture(), Capture()
    saved = sys.stderr, sys.stdout
    sys.stderr, sys.stdout = err, out
    try:
        result = parser.parse_args(args)
        code = None
    except SystemExit as e:
        code = e.code
    finally:
        sys.stderr, sys.stdout = saved
    if code is None:
        print(args, '->', result)
    else:
        print(args, '-> exit', code)
    print(out.text + err.text, end='')


p = argparse.ArgumentParser(prog='git', description='A tiny version control tool.')
p.add_argument('--debug', action='store_true')
sub = p.add_subparsers(dest='command', help='the command to run')
c = sub.add_parser('commit', help='record changes')
c.add_argument('-m', '--message', required=True)
c.add_argument('--amend', action='store_true')
c.set_defaults(handler='do_commit')
s = sub.add_parser('status', help='show the working tree status')
s.add_argument('paths', nargs='*')
l = sub.add_parser('log')
l.add_argument('-n', type=int, default=10)
print(p.format_help())
print(c.format_help())
print(c.prog, s.prog, l.prog)
for args in [['commit', '-m', 'hi'], ['--debug', 'status', 'a', 'b'], ['log', '-n', '3'],
             [], ['push'], ['commit'], ['log', '-n', 'x'], ['status', '--bogus'],
             ['commit', '-h'], ['-h']]:
    attempt(p, args)

# sub-commands in their own titled group, required, with aliases
p = argparse.ArgumentParser(prog='tool')
p.add_argument('target')
sub = p.add_subparsers(title='commands', description='valid commands', required=True,
                       dest='cmd', metavar='CMD')
b = sub.add_parser('build', aliases=['b'], help='build it')
b.add_argument('--jobs', type=int, default=1)
sub.add_parser('clean', help='remove outputs')
print(p.format_help())
print(b.prog)
for args in [['x', 'build', '--jobs', '4'], ['x', 'b'], ['x'], ['x', 'clean', 'extra']]:
    attempt(p, args)


# type functions: builtins, ArgumentTypeError, callables
def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError('%r is not positive' % text)
    return value


def parse_pair(text):
    left, right = text.split(',')
    return (left, right)


p = argparse.ArgumentParser(prog='types')
p.add_argument('--count', type=positive)
p.add_argument('--pair', type=parse_pair)
p.add_argument('--ratio', type=float, choices=[0.5, 1.0])
p.add_argument('--level', type=int, choices=range(1, 4))
for args in [['--count', '3'], ['--count', '0'], ['--count', 'x'], ['--pair', 'a,b'],
             ['--pair', 'abc'], ['--ratio', '0.5'], ['--ratio', '2'], ['--level', '3'],
             ['--level', '7']]:
    attempt(p, args)


# a custom Action subclass
class Upper(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values.upper() + '!' + str(option_string))


p = argparse.ArgumentParser(prog='custom')
p.add_argument('--name', action=Upper)
p.add_argument('word', action=Upper)
p.add_argument('--tag', action='append_const', const='T', dest='tags')
p.add_argument('--ext', action='extend', nargs='+')
attempt(p, ['--name', 'bob', 'hi', '--tag', '--tag', '--ext', 'a', 'b', '--ext', 'c'])

# parent parsers share arguments
base = argparse.ArgumentParser(add_help=False)
base.add_argument('--config', default='cfg.ini')
child = argparse.ArgumentParser(prog='child', parents=[base])
child.add_argument('item')
attempt(child, ['--config', 'other.ini', 'thing'])
print(child.format_usage(), end='')

# exit_on_error=False raises ArgumentError instead
p = argparse.ArgumentParser(prog='raising', exit_on_error=False)
p.add_argument('--num', type=int)
try:
    p.parse_args(['--num', 'nope'])
except argparse.ArgumentError as e:
    print('ArgumentError:', e, '|', e.argument_name, '|', e.message)

# parser.error and parser.exit directly
p = argparse.ArgumentParser(prog='direct')
attempt_err = Capture()
saved = sys.stderr
sys.stderr = attempt_err
try:
    p.error('something went wrong')
except SystemExit as e:
    print('error exit', e.code)
try:
    p.exit(3, 'bye\n')
except SystemExit as e:
    print('exit', e.code)
sys.stderr = saved
print(attempt_err.text, end='')

# prefix_chars and abbreviations off
p = argparse.ArgumentParser(prog='plus', prefix_chars='-+', allow_abbrev=False)
p.add_argument('+x', action='store_true')
p.add_argument('--long-name', type=int)
attempt(p, ['+x', '--long-name', '2'])
attempt(p, ['--long', '2'])
print(p.format_help(), end='')

# BooleanOptionalAction
p = argparse.ArgumentParser(prog='bool')
p.add_argument('--color', action=argparse.BooleanOptionalAction, default=True, help='colour output')
p.add_argument('--fast', action=argparse.BooleanOptionalAction)
for args in [[], ['--no-color', '--fast'], ['--color', '--no-fast']]:
    attempt(p, args)
print(p.format_help(), end='')
