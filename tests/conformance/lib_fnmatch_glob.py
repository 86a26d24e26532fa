import fnmatch
import glob
import os
import tempfile

patterns = ['*.txt', 'a*b*c', '*a*', '?x[!a-c]', '[]]', '[!]]', '[a-', '[', '[z-a]', 'a**b', '[a-c-e]',
            '[\\]]', '[a&&b]', '[a||b]', '*', '**', 'ab*', '*ab*cd*', '[--z]', '[^a]', 'x[!]', '[]-a]',
            '[a-z-]', '[!]', '[-]', '[c-a-z]', '[[]', 'a.b+c', '[!z-a]']
for p in patterns:
    print(repr(p), repr(fnmatch.translate(p)))

names = ['a.txt', 'b.TXT', 'abc', 'axbxc', 'x', ']', '-', '[', 'a.b+c', 'ab', '.hidden', 'dir/file.txt', 'xyz', '^']
for p in patterns:
    print(repr(p), fnmatch.filter(names, p))
print(fnmatch.fnmatch('A.TXT', '*.txt'), fnmatch.fnmatchcase('A.TXT', '*.txt'), fnmatch.fnmatchcase('a.txt', '*.txt'))
print(fnmatch.fnmatch('foo\nbar', 'foo*'), fnmatch.fnmatch('dir/x', '*x'), fnmatch.fnmatch('', '*'), fnmatch.fnmatch('', '?'))
print(fnmatch.fnmatch(b'data.bin', b'*.bin'), fnmatch.filter([b'a1', b'b2', b'a\xff'], b'a?'))
try:
    fnmatch.fnmatch('x', b'x')
except TypeError as e:
    print('TypeError', e)

with tempfile.TemporaryDirectory() as top:
    def make(rel, content=''):
        path = os.path.join(top, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w') as f:
            f.write(content)
    for rel in ['a.txt', 'b.py', 'c.txt', '.hidden.txt', 'sub/d.txt', 'sub/e.py', 'sub/deep/f.txt',
                'sub/.secret/g.txt', 'other/h.txt', '.hdir/i.txt', 'we[ird]/j.txt', 'star*/k.txt']:
        make(rel)
    os.makedirs(os.path.join(top, 'empty'))

    def show(label, results, strip=True):
        if strip:
            results = [os.path.relpath(r, top) if os.path.isabs(r) else r for r in results]
        print(label, sorted(results))

    show('*.txt', glob.glob(os.path.join(top, '*.txt')))
    show('*', glob.glob(os.path.join(top, '*')))
    show('*/', glob.glob(os.path.join(top, '*/')))
    show('*/*.txt', glob.glob(os.path.join(top, '*', '*.txt')))
    show('.*', glob.glob(os.path.join(top, '.*')))
    show('?.py', glob.glob(os.path.join(top, '?.py')))
    show('[ab].*', glob.glob(os.path.join(top, '[ab].*')))
    show('** nonrec', glob.glob(os.path.join(top, '**', '*.txt')))
    show('** rec', glob.glob(os.path.join(top, '**', '*.txt'), recursive=True))
    show('** rec all', glob.glob(os.path.join(top, '**'), recursive=True))
    show('** rec dirs', glob.glob(os.path.join(top, '**', ''), recursive=True))
    show('** hidden', glob.glob(os.path.join(top, '**', '*.txt'), recursive=True, include_hidden=True))
    show('root_dir', glob.glob('*.txt', root_dir=top), strip=False)
    show('root_dir rec', glob.glob('**/*.py', root_dir=top, recursive=True), strip=False)
    show('root_dir **', glob.glob('**', root_dir=top, recursive=True), strip=False)
    show('root_dir sub', glob.glob('sub/*', root_dir=top), strip=False)
    show('literal', glob.glob(os.path.join(top, 'a.txt')))
    show('literal missing', glob.glob(os.path.join(top, 'zzz.txt')))
    show('literal dir/', glob.glob(os.path.join(top, 'sub') + '/'))
    show('file/', glob.glob(os.path.join(top, 'a.txt') + '/'))
    show('escape', glob.glob(os.path.join(glob.escape(os.path.join(top, 'we[ird]')), '*')))
    show('escape star', glob.glob(glob.escape(os.path.join(top, 'star*')) + '/*.txt'))
    show('unescaped', glob.glob(os.path.join(top, 'we[ird]', '*')))
    show('missing dir', glob.glob(os.path.join(top, 'nope', '*')))
    show('bytes', [os.fsdecode(p) for p in glob.glob(os.fsencode(os.path.join(top, 'sub', '*.py')))])
    it = glob.iglob(os.path.join(top, '*', 'deep', '*'))
    print(type(it).__name__ != 'list', sorted(os.path.relpath(p, top) for p in it))
    show('empty pattern', glob.glob(''), strip=False)
    old = os.getcwd()
    os.chdir(top)
    try:
        show('cwd', glob.glob('*.py'), strip=False)
        show('cwd rec', glob.glob('**/*.py', recursive=True), strip=False)
        show('cwd **/', glob.glob('**/', recursive=True), strip=False)
    finally:
        os.chdir(old)

print(glob.escape('a*b?c[d]'), glob.escape(b'x[y]*'), glob.escape('plain'))
print(glob.has_magic('a*'), glob.has_magic('abc'), glob.has_magic(b'[x]'))
