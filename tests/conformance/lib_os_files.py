# os: directories and files, stat, walk, scandir, environment and process basics (in a temporary directory).
import os
import stat
import tempfile

print(os.name, os.sep, repr(os.linesep), os.devnull, os.curdir, os.pardir, os.pathsep)
print(type(os.getpid()).__name__, os.getpid() > 0, os.getppid() > 0, os.cpu_count() >= 1, len(os.urandom(16)))
print('PATH' in os.environ, os.environ.get('NO_SUCH_KRAIT_VAR'), os.getenv('NO_SUCH_KRAIT_VAR', 'fallback'))
os.environ['KRAIT_TEST_VAR'] = 'set'
print(os.environ['KRAIT_TEST_VAR'], os.getenv('KRAIT_TEST_VAR'), 'KRAIT_TEST_VAR' in os.environ)
del os.environ['KRAIT_TEST_VAR']
print(os.getenv('KRAIT_TEST_VAR'), os.environ.setdefault('KRAIT_TEST_VAR', 'dflt'), os.environ.pop('KRAIT_TEST_VAR'))
try:
    os.environ['KRAIT_NUM'] = 1
except TypeError as e:
    print('TypeError:', e)
try:
    os.environ['NO_SUCH_KRAIT_VAR']
except KeyError as e:
    print('KeyError:', e)

start = os.getcwd()
with tempfile.TemporaryDirectory() as d:
    def rel(p):
        return os.path.relpath(p, d)

    def attempt(label, f):
        try:
            print(label, f())
        except OSError as e:
            print(label, type(e).__name__, e.errno, e.strerror, rel(e.filename) if e.filename else e.filename)

    os.mkdir(os.path.join(d, 'top'))
    os.makedirs(os.path.join(d, 'top', 'mid', 'leaf'))
    os.makedirs(os.path.join(d, 'top', 'mid'), exist_ok=True)
    attempt('makedirs existing', lambda: os.makedirs(os.path.join(d, 'top', 'mid')))
    attempt('mkdir existing', lambda: os.mkdir(os.path.join(d, 'top')))
    attempt('mkdir no parent', lambda: os.mkdir(os.path.join(d, 'nope', 'x')))
    for name, content in [('top/a.txt', 'alpha'), ('top/b.log', 'beta beta'), ('top/mid/c.txt', 'c'),
                          ('top/mid/leaf/d.dat', 'dddd')]:
        with open(os.path.join(d, name), 'w') as f:
            f.write(content)
    print(sorted(os.listdir(os.path.join(d, 'top'))), os.listdir(os.path.join(d, 'top', 'mid', 'leaf')))
    for root, dirs, files in os.walk(os.path.join(d, 'top')):
        dirs.sort()
        print('walk', rel(root), dirs, sorted(files))
    for root, dirs, files in os.walk(os.path.join(d, 'top'), topdown=False):
        print('bottom-up', rel(root), sorted(dirs), sorted(files))
    print(list(os.walk(os.path.join(d, 'missing'))))
    entries = sorted(os.scandir(os.path.join(d, 'top')), key=lambda e: e.name)
    print([(e.name, e.is_dir(), e.is_file(), e.is_symlink(), rel(e.path)) for e in entries])
    with os.scandir(os.path.join(d, 'top')) as it:
        print(sorted(e.name for e in it if e.is_file() and e.name.endswith('.txt')))
    a = os.path.join(d, 'top', 'a.txt')
    st = os.stat(a)
    print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), stat.S_ISDIR(os.stat(d).st_mode),
          isinstance(st.st_mtime, float), st.st_mtime_ns // 10 ** 9 == st[stat.ST_MTIME], len(st), st.st_nlink)
    print(stat.filemode(os.stat(os.path.join(d, 'top')).st_mode)[0], stat.filemode(st.st_mode)[0])
    print(os.path.exists(a), os.path.isfile(a), os.path.isdir(a), os.path.islink(a), os.path.getsize(a),
          os.path.exists(os.path.join(d, 'ghost')), os.path.isdir(os.path.join(d, 'top')))
    print(os.access(a, os.R_OK), os.access(a, os.W_OK), os.access(os.path.join(d, 'ghost'), os.F_OK))

    os.rename(a, os.path.join(d, 'top', 'renamed.txt'))
    os.replace(os.path.join(d, 'top', 'b.log'), os.path.join(d, 'top', 'renamed.txt'))
    with open(os.path.join(d, 'top', 'renamed.txt')) as f:
        print(sorted(os.listdir(os.path.join(d, 'top'))), f.read())
    attempt('rename missing', lambda: os.rename(os.path.join(d, 'ghost'), os.path.join(d, 'x')))
    attempt('remove missing', lambda: os.remove(os.path.join(d, 'ghost')))
    attempt('remove directory', lambda: os.remove(os.path.join(d, 'top')))
    attempt('rmdir not empty', lambda: os.rmdir(os.path.join(d, 'top')))
    attempt('rmdir file', lambda: os.rmdir(os.path.join(d, 'top', 'renamed.txt')))
    attempt('listdir missing', lambda: os.listdir(os.path.join(d, 'ghost')))
    attempt('listdir file', lambda: os.listdir(os.path.join(d, 'top', 'renamed.txt')))
    attempt('stat missing', lambda: os.stat(os.path.join(d, 'ghost')))
    attempt('chdir missing', lambda: os.chdir(os.path.join(d, 'ghost')))

    os.chdir(d)
    print(os.getcwd() == os.path.realpath(d), os.path.exists('top'), sorted(os.listdir()), sorted(os.listdir('.')))
    with open('relative.txt', 'w') as f:
        f.write('here')
    print(os.path.getsize(os.path.join(d, 'relative.txt')), os.path.abspath('relative.txt') == os.path.join(
        os.path.realpath(d), 'relative.txt'))
    os.chdir(start)

    fd = os.open(os.path.join(d, 'raw.bin'), os.O_RDWR | os.O_CREAT | os.O_TRUNC)
    print(os.write(fd, b'0123456789'), os.lseek(fd, 2, os.SEEK_SET), os.read(fd, 3), os.lseek(fd, -2, os.SEEK_END),
          os.read(fd, 10), os.read(fd, 10), os.fstat(fd).st_size)
    os.ftruncate(fd, 4)
    os.close(fd)
    with open(os.path.join(d, 'raw.bin'), 'rb') as f:
        print(f.read())
    attempt('close twice', lambda: os.close(fd))
    attempt('open missing', lambda: os.open(os.path.join(d, 'ghost'), os.O_RDONLY))
    attempt('open exclusive', lambda: os.open(os.path.join(d, 'raw.bin'), os.O_WRONLY | os.O_CREAT | os.O_EXCL))
    with os.fdopen(os.open(os.path.join(d, 'raw.bin'), os.O_RDONLY)) as f:
        print(repr(f.read()))

    os.remove(os.path.join(d, 'top', 'mid', 'leaf', 'd.dat'))
    os.removedirs(os.path.join(d, 'top', 'mid', 'leaf'))
    print(os.path.exists(os.path.join(d, 'top', 'mid')), sorted(os.listdir(os.path.join(d, 'top'))))
print(os.path.exists(d), os.getcwd() == start)
