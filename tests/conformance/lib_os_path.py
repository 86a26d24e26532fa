# os.path: pure path manipulation (no file system access).
import os.path
import posixpath

print(os.path is posixpath, os.path.sep, os.path.pathsep, os.path.curdir, os.path.pardir, os.path.extsep, os.path.altsep)
for parts in [('a', 'b'), ('a/', 'b'), ('a', '/b'), ('/', 'x'), ('a', ''), ('', 'b'), ('', ''), ('a', 'b/', 'c'),
              ('/x', 'y', '/z', 'w'), (b'a', b'b')]:
    print('join', parts, repr(os.path.join(*parts)))
for p in ['/a/b/c.txt', 'a/b/', '/', '//', 'file', '', 'a//b', '/usr/lib/', '///x//y', b'/a/b']:
    print('split', repr(p), os.path.split(p), repr(os.path.basename(p)), repr(os.path.dirname(p)))
for p in ['a.txt', 'a.tar.gz', '.bashrc', '..ext', 'dir.d/file', 'dir.d/.hidden', 'noext', 'a.', '/x/.y.z', b'f.py']:
    print('splitext', repr(p), os.path.splitext(p))
for p in ['/a/./b/../c', 'a/b/../../..', '//a//b//', '///a', '.', './', '../x', 'a/../../b', '', '/..', b'/a/../b']:
    print('normpath', repr(p), repr(os.path.normpath(p)))
print(os.path.isabs('/a'), os.path.isabs('a'), os.path.isabs(''), os.path.splitdrive('/x/y'), os.path.normcase('AbC'))
for path, start in [('/a/b/c', '/a'), ('/a/b', '/a/b/c/d'), ('/x', '/y/z'), ('/a/b', '/a/b'), ('a/b', 'a/c')]:
    print('relpath', path, start, os.path.relpath(path, start))
print(os.path.commonprefix(['interstellar', 'internet', 'interval']), repr(os.path.commonprefix([])),
      os.path.commonprefix(['/usr/lib', '/usr/local/lib']))
print(os.path.commonpath(['/usr/lib', '/usr/local/lib']), os.path.commonpath(['a/b/c', 'a/b/d', 'a/b']),
      os.path.commonpath(['/x']))
env_home = os.environ.get('HOME')
os.environ['HOME'] = '/home/tester'
os.environ['KRAIT_VAR'] = 'value'
print(os.path.expanduser('~'), os.path.expanduser('~/docs'), os.path.expanduser('x/~'), os.path.expanduser('~nobody_here/x'))
print(os.path.expandvars('$KRAIT_VAR/${KRAIT_VAR}/$UNDEFINED_XYZ/${UNDEFINED_XYZ}/$/end'), os.path.expandvars('no vars'))
if env_home is not None:
    os.environ['HOME'] = env_home
del os.environ['KRAIT_VAR']
print(os.path.abspath('/a/b/../c'), os.path.abspath('x') == os.path.join(os.getcwd(), 'x'))
for label, f in [('join types', lambda: os.path.join('a', b'b')), ('join int', lambda: os.path.join('a', 1)),
                 ('commonpath mixed', lambda: os.path.commonpath(['/a', 'b'])),
                 ('commonpath empty', lambda: os.path.commonpath([])), ('relpath empty', lambda: os.path.relpath('')),
                 ('split int', lambda: os.path.split(3))]:
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ':', e)
