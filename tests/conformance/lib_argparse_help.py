# argparse: usage and help layout, wrapping, groups, substitutions.
import os
os.environ['COLUMNS'] = '80'
import argparse


def show(parser):
    print('--- usage')
    print(parser.format_usage(), end='')
    print('--- help')
    print(parser.format_help(), end='')


p = argparse.ArgumentParser(prog='simple')
show(p)

p = argparse.ArgumentParser(prog='copy', description='Copy files from one place to another, '
                            'carefully, keeping the metadata of each file. ' * 2,
                            epilog='Report bugs to %(prog)s-bugs.')
p.add_argument('src', help='source file')
p.add_argument('dst', nargs='?', default='out.txt', help='destination (default: %(default)s)')
p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
p.add_argument('-n', '--num', type=int, default=3, metavar='N',
               help='number of copies, a %(type)s (default %(default)s)')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast', help='one of %(choices)s')
p.add_argument('--a-really-long-option-name', help='long names push the help onto the next line')
p.add_argument('--nohelp')
p.add_argument('--pair', nargs=2, metavar=('X', 'Y'), help='two values')
p.add_argument('--star', nargs='*', help='zero or more')
p.add_argument('--plus', nargs='+', help='one or more')
p.add_argument('--opt', nargs='?', const=1, help='maybe one; this help text is long enough '
               'that it has to be wrapped over several lines of the help column')
p.add_argument('--hidden', help=argparse.SUPPRESS)
p.add_argument('--req', required=True, help='a required option')
show(p)

# groups
p = argparse.ArgumentParser(prog='groups', add_help=False)
g = p.add_argument_group('input', 'Where the data comes from.')
g.add_argument('--file', help='read a file')
g.add_argument('--url')
g2 = p.add_argument_group('output')
g2.add_argument('target')
p.add_argument_group('empty')
m = p.add_mutually_exclusive_group()
m.add_argument('-x', action='store_true', help='use x')
m.add_argument('-y', type=int, help='use y')
show(p)
m2 = p.add_mutually_exclusive_group(required=True)
m2.add_argument('--on', action='store_true')
m2.add_argument('--off', action='store_true')
show(p)

# mutually exclusive errors
def attempt(parser, args):
    import sys

    class Capture:
        def __init__(self):
            self.text = ''

        def write(self, s):
            self.text += s
    err = Capture()
    saved = sys.stderr
    sys.stderr = err
    try:
        print(args, parser.parse_args(args))
    except SystemExit as e:
        print(args, 'exit', e.code)
    finally:
        sys.stderr = saved
    print(err.text, end='')

attempt(p, ['t', '--on'])
attempt(p, ['t', '-x', '-y', '2', '--on'])
attempt(p, ['t', '--on', '--off'])
attempt(p, ['t'])

# long program names and very long usage wrap differently
p = argparse.ArgumentParser(prog='a-program-with-an-extremely-long-name-that-takes-up-space')
for i in range(6):
    p.add_argument('--option-%d' % i, metavar='VALUE%d' % i)
p.add_argument('positional_one')
p.add_argument('positional_two', nargs='+')
show(p)

p = argparse.ArgumentParser(prog='onlypos')
for name in ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota',
             'kappa', 'lambda', 'mu']:
    p.add_argument(name + '_argument')
print(p.format_usage(), end='')

# explicit usage string, formatter classes
p = argparse.ArgumentParser(prog='custom', usage='%(prog)s [options] FILE',
                            description='  Keep\n    this   layout\n',
                            formatter_class=argparse.RawDescriptionHelpFormatter)
p.add_argument('--size', type=int, default=10, help='the size\n  (raw help is refilled)')
show(p)
p = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawTextHelpFormatter)
p.add_argument('--size', help='line one\n  line two')
show(p)
p = argparse.ArgumentParser(prog='defaults', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p.add_argument('--size', type=int, default=10, help='the size')
p.add_argument('--name', default='x')
p.add_argument('thing', nargs='?', default='t', help='a thing')
p.add_argument('must', help='required positional')
show(p)

# print_usage / print_help write to stdout
p = argparse.ArgumentParser(prog='printer')
p.add_argument('--x')
p.print_usage()
p.print_help()

# narrower terminal
os.environ['COLUMNS'] = '40'
p = argparse.ArgumentParser(prog='narrow', description='A description that will wrap at forty columns.')
p.add_argument('--first-option', help='help text that wraps in the narrow help column')
p.add_argument('--second', metavar='S', help='short')
p.add_argument('name', help='the name')
show(p)

# REMAINDER, a positional in an exclusive group, reprs, SUPPRESS defaults, conflict resolution
p = argparse.ArgumentParser(prog='rem')
p.add_argument('cmd')
p.add_argument('rest', nargs=argparse.REMAINDER)
print(p.parse_args(['run', '-x', '--y', 'z']), p.format_usage(), end='')
p = argparse.ArgumentParser(prog='mx')
g = p.add_mutually_exclusive_group()
g.add_argument('--a', action='store_true')
g.add_argument('pos', nargs='?', default='d')
print(p.format_usage(), p.parse_args([]), p.parse_args(['q']))
for bad in [dict(nargs=2, metavar=('A', 'B', 'C')), dict(nargs=0)]:
    try:
        p.add_argument('--t', **bad)
    except ValueError as e:
        print('ValueError:', e)
p = argparse.ArgumentParser(prog='star')
p.add_argument('xs', nargs='*', default=[1], type=int)
print(repr(p._actions[1]))
print(p)
p = argparse.ArgumentParser(prog='x', argument_default=argparse.SUPPRESS)
p.add_argument('--a')
p.add_argument('--b', default=3)
print(p.parse_args([]), p.parse_args(['--a', '1']))
p = argparse.ArgumentParser(prog='ab', conflict_handler='resolve')
p.add_argument('-a', '--aa')
p.add_argument('-a', help='newer')
print(p.format_help())
