# tempfile and shutil: temporary files and directories, copying, moving and removing trees.
import os
import shutil
import tempfile

tmp = tempfile.gettempdir()
print(os.path.isdir(tmp), os.path.isabs(tmp), tempfile.gettempprefix(), tempfile.gettempdir() == tmp)

with tempfile.TemporaryDirectory(prefix='krait_', suffix='_test') as d:
    name = os.path.basename(d)
    print(os.path.isdir(d), os.path.dirname(d) == tmp, name.startswith('krait_'), name.endswith('_test'),
          len(name) == len('krait__test') + 8)

    def rel(p):
        return os.path.relpath(p, d)

    fd, path = tempfile.mkstemp(suffix='.dat', prefix='data_', dir=d)
    os.write(fd, b'payload')
    os.close(fd)
    print(os.path.basename(path).startswith('data_'), path.endswith('.dat'), os.path.getsize(path),
          oct(os.stat(path).st_mode & 0o777))
    sub = tempfile.mkdtemp(dir=d)
    print(os.path.isdir(sub), oct(os.stat(sub).st_mode & 0o777), os.listdir(sub))
    with tempfile.NamedTemporaryFile('w+', suffix='.txt', dir=d) as tf:
        tf.write('named temporary\n')
        tf.flush()
        print(os.path.exists(tf.name), tf.name.endswith('.txt'), os.path.getsize(tf.name))
        tf.seek(0)
        print(repr(tf.read()), repr(tf.readline()))
        kept_name = tf.name
    print(os.path.exists(kept_name))
    with tempfile.NamedTemporaryFile(dir=d, delete=False) as tf:
        tf.write(b'stays')
    print(os.path.exists(tf.name), open(tf.name, 'rb').read())
    os.remove(tf.name)
    with tempfile.TemporaryFile('w+') as tf:
        tf.write('anonymous')
        tf.seek(0)
        print(tf.read())
    spooled = tempfile.SpooledTemporaryFile(max_size=10, mode='w+')
    spooled.write('small')
    print(spooled._rolled)
    spooled.write(' and now larger')
    spooled.seek(0)
    print(spooled._rolled, spooled.read())
    spooled.close()

    src = os.path.join(d, 'src')
    os.makedirs(os.path.join(src, 'nested', 'deeper'))
    for name, text in [('one.txt', '1'), ('two.py', '2'), ('nested/three.txt', '33'), ('nested/deeper/four.log', '4')]:
        with open(os.path.join(src, name), 'w') as f:
            f.write(text)
    print(rel(shutil.copy(os.path.join(src, 'one.txt'), d)), rel(shutil.copy2(os.path.join(src, 'two.py'),
                                                                             os.path.join(d, 'copy.py'))))
    print(rel(shutil.copyfile(os.path.join(src, 'one.txt'), os.path.join(d, 'copied.txt'))),
          open(os.path.join(d, 'copied.txt')).read())
    print(os.stat(os.path.join(src, 'two.py')).st_mtime_ns == os.stat(os.path.join(d, 'copy.py')).st_mtime_ns)
    with open(os.path.join(src, 'one.txt')) as fsrc, open(os.path.join(d, 'obj.txt'), 'w') as fdst:
        shutil.copyfileobj(fsrc, fdst)
    print(open(os.path.join(d, 'obj.txt')).read())
    print(rel(shutil.copytree(src, os.path.join(d, 'dst'))))
    for root, dirs, files in os.walk(os.path.join(d, 'dst')):
        dirs.sort()
        print(rel(root), dirs, sorted(files))
    shutil.copytree(src, os.path.join(d, 'filtered'), ignore=shutil.ignore_patterns('*.log', 't*'))
    print(sorted(os.listdir(os.path.join(d, 'filtered'))), os.listdir(os.path.join(d, 'filtered', 'nested')))
    shutil.copytree(src, os.path.join(d, 'dst'), dirs_exist_ok=True)
    print(rel(shutil.move(os.path.join(d, 'copied.txt'), os.path.join(d, 'moved.txt'))),
          rel(shutil.move(os.path.join(d, 'moved.txt'), os.path.join(d, 'dst'))),
          rel(shutil.move(os.path.join(d, 'filtered'), os.path.join(d, 'dst', 'filtered2'))))
    print(sorted(os.listdir(os.path.join(d, 'dst'))))
    shutil.rmtree(os.path.join(d, 'dst'))
    print(os.path.exists(os.path.join(d, 'dst')), sorted(os.listdir(d)) == sorted(os.listdir(d)))

    def attempt(label, f):
        try:
            print(label, f())
        except Exception as e:
            print(label, type(e).__name__, str(e).replace(d, '<tmp>'))

    attempt('copy same', lambda: shutil.copyfile(os.path.join(src, 'one.txt'), os.path.join(src, 'one.txt')))
    attempt('copy missing', lambda: shutil.copy(os.path.join(d, 'ghost'), d))
    attempt('copytree exists', lambda: shutil.copytree(src, src))
    attempt('rmtree missing', lambda: shutil.rmtree(os.path.join(d, 'ghost')))
    print(shutil.rmtree(os.path.join(d, 'ghost'), ignore_errors=True))
    errors = []
    shutil.rmtree(os.path.join(d, 'ghost'), onerror=lambda fn, p, info: errors.append((fn.__name__, rel(p), info[0].__name__)))
    print(errors)
    attempt('move into itself', lambda: shutil.move(src, os.path.join(src, 'nested')))
print(os.path.exists(d))
print(shutil.which('sh') is not None, shutil.which('no-such-program-krait'), shutil.which('sh', path=''))
print(isinstance(shutil.get_terminal_size(), tuple), issubclass(shutil.Error, OSError), shutil.SameFileError.__mro__[1].__name__)
