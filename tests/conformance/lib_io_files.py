# open(): modes, encodings, newlines, reading and writing, positions, errors (in a temporary directory).
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    def show_error(label, f):
        try:
            print(label, repr(f()))
        except Exception as e:
            print(label, type(e).__name__ + ':', str(e).replace(d, '<tmp>'))

    path = os.path.join(d, 'notes.txt')
    with open(path, 'w') as f:
        print(type(f).__name__, f.mode, f.encoding, f.closed, f.writable(), f.readable(), f.seekable())
        print(f.write('first line\n'), f.write('second line\n'), f.tell())
        f.writelines(['third\n', 'fourth'])
        print('printed', 42, file=f)
    print(f.closed)
    with open(path) as f:
        print(repr(f.read()))
    with open(path) as f:
        print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()), f.tell())
        print(f.readlines())
        print(repr(f.readline()), repr(f.read()))
    with open(path) as f:
        for number, line in enumerate(f, 1):
            print(number, line.rstrip('\n'))
    with open(path) as f:
        print(f.read(5), f.tell(), f.read(3), f.seek(0), f.read(5), f.seek(0, 2) > 0, repr(f.read()))

    with open(path, 'a') as f:
        f.write('appended\n')
        print(f.tell() == os.path.getsize(path))
    with open(path, 'r+') as f:
        f.write('FIRST')
        f.seek(0)
        print(repr(f.readline()))
        f.seek(0, 2)
        f.write('end\n')
    with open(path, 'w+') as f:
        f.write('fresh\ncontent\n')
        f.seek(0)
        print(f.readlines(), f.truncate(6), f.tell())
    with open(path) as f:
        print(repr(f.read()))
    with open(path, 'a+') as f:
        f.write('more\n')
        f.seek(0)
        print(repr(f.read()))

    bin_path = os.path.join(d, 'data.bin')
    with open(bin_path, 'wb') as f:
        print(type(f).__name__, f.mode, f.write(bytes(range(10))), f.write(b'\n\xff\x00'))
    with open(bin_path, 'rb') as f:
        print(type(f).__name__, f.read(4), f.tell(), f.read(), f.seek(-3, 2), f.read(1), f.seek(2), f.read(2))
    with open(bin_path, 'rb') as f:
        print(f.readline(), f.readline(), f.readline())
    with open(bin_path, 'r+b') as f:
        f.seek(5)
        f.write(b'XY')
        f.seek(0)
        print(f.read())
    with open(bin_path, 'rb', buffering=0) as f:
        print(type(f).__name__, f.read(3), f.readall())

    new_path = os.path.join(d, 'new.txt')
    with open(new_path, 'x') as f:
        f.write('created')
    show_error('x again', lambda: open(new_path, 'x'))

    text = 'naïve café – 日本 😀\n'
    for encoding in ['utf-8', 'utf-16', 'utf-16-le', 'utf-32', 'utf-8-sig', 'latin-1', 'ascii']:
        p = os.path.join(d, 'enc.txt')
        try:
            with open(p, 'w', encoding=encoding) as f:
                f.write(text)
            with open(p, 'rb') as f:
                raw = f.read()
            with open(p, encoding=encoding) as f:
                back = f.read()
            print(encoding, len(raw), raw[:6], back == text)
        except UnicodeError as e:
            print(encoding, type(e).__name__ + ':', e)
    with open(p, 'w', encoding='ascii', errors='replace') as f:
        f.write(text)
    with open(p) as f:
        print(repr(f.read()))
    with open(p, 'wb') as f:
        f.write(b'ok \xff\xfe bad \xc3')
    for errors in ['replace', 'ignore', 'surrogateescape', 'backslashreplace']:
        with open(p, encoding='utf-8', errors=errors) as f:
            print(errors, ascii(f.read()))
    show_error('strict decode', lambda: open(p).read())

    nl_path = os.path.join(d, 'newlines.txt')
    with open(nl_path, 'wb') as f:
        f.write(b'unix\nwindows\r\nmac\rlast')
    for newline in [None, '', '\n', '\r', '\r\n']:
        with open(nl_path, newline=newline) as f:
            lines = f.readlines()
        with open(nl_path, newline=newline) as f:
            print(repr(newline), lines, repr(f.read()))
    with open(nl_path) as f:
        f.read()
        print(f.newlines)
    for newline in [None, '', '\n', '\r', '\r\n']:
        with open(nl_path, 'w', newline=newline) as f:
            f.write('a\nb\r\nc')
        with open(nl_path, 'rb') as f:
            print('write', repr(newline), f.read())

    with open(path, 'w', encoding='utf-8') as f:
        f.write('ab\ncd\n\u00e9f\n')
    with open(path, encoding='utf-8') as f:
        positions = []
        while True:
            positions.append(f.tell())
            if not f.readline():
                break
        print(positions)
        f.seek(positions[2])
        print(repr(f.readline()))

    f = open(path)
    f.close()
    show_error('read closed', lambda: f.read())
    show_error('write to reader', lambda: open(path).write('x'))
    show_error('read from writer', lambda: open(os.path.join(d, 'w.txt'), 'w').read())
    show_error('missing', lambda: open(os.path.join(d, 'missing.txt')))
    show_error('missing dir', lambda: open(os.path.join(d, 'no', 'such.txt'), 'w'))
    show_error('directory', lambda: open(d))
    show_error('bad mode', lambda: open(path, 'rw'))
    show_error('bad mode 2', lambda: open(path, 'z'))
    show_error('text and binary', lambda: open(path, 'rtb'))
    show_error('binary encoding', lambda: open(path, 'rb', encoding='utf-8'))
    show_error('binary newline', lambda: open(path, 'rb', newline=''))
    show_error('bad newline', lambda: open(path, newline='x'))
    show_error('unbuffered text', lambda: open(path, buffering=0))
    show_error('unknown encoding', lambda: open(path, encoding='no-such-codec'))
    show_error('write bytes to text', lambda: open(os.path.join(d, 'w2.txt'), 'w').write(b'x'))
    show_error('write str to binary', lambda: open(os.path.join(d, 'w3.bin'), 'wb').write('x'))
    show_error('bad seek', lambda: open(path).seek(1, 1))
    show_error('negative seek', lambda: open(path).seek(-1))
    show_error('file type', lambda: open(3.5))
print(os.path.exists(d))
