# io.StringIO and io.BytesIO, and text wrappers over in-memory bytes.
import io

s = io.StringIO()
print(s.write('hello '), s.write('world\n'), s.tell(), repr(s.getvalue()))
print('via print', 3, file=s)
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), s.tell(), repr(s.read()), repr(s.read()))
s = io.StringIO('line one\nline two\nline three')
print(list(s), s.tell())
s.seek(5)
print(repr(s.readline()), s.readlines())
s.seek(0)
s.write('LINE')
print(repr(s.getvalue()))
s.seek(0, 2)
s.write('!')
print(repr(s.getvalue()), s.truncate(4), repr(s.getvalue()), s.tell())
s.seek(10)
s.write('x')
print(repr(s.getvalue()))
with io.StringIO('ctx') as c:
    print(c.read(), c.closed)
print(c.closed)
for newline in [None, '', '\n', '\r', '\r\n']:
    t = io.StringIO('a\r\nb\rc\nd', newline=newline)
    print(repr(newline), t.readlines(), repr(t.getvalue()))
t = io.StringIO(newline=None)
t.write('x\r\ny\rz\n')
print(repr(t.getvalue()), t.newlines)
print(io.StringIO('abc').read(-1), io.StringIO('abc').read(None), io.StringIO(None).getvalue() == '')

b = io.BytesIO(b'binary\ndata\n')
print(b.read(3), b.readline(), b.tell(), b.readlines(), b.read())
b.seek(0)
b.write(b'BIN')
print(b.getvalue(), b.seek(0, 2), b.write(b'++'), b.getvalue())
b.seek(20)
b.write(b'!')
print(b.getvalue(), len(b.getvalue()))
print(b.truncate(5), b.getvalue(), b.tell(), b.seek(-2, 2), b.read(), b.seek(1, 1))
print(list(io.BytesIO(b'a\nb\nc')), io.BytesIO().getvalue(), io.BytesIO(b'x').read1(5))

wrapper = io.TextIOWrapper(io.BytesIO('ünï\r\ncode\n'.encode('utf-8')), encoding='utf-8')
print(wrapper.readline(), repr(wrapper.read()), wrapper.encoding)
raw = io.BytesIO()
w = io.TextIOWrapper(raw, encoding='utf-16', newline='\r\n')
w.write('hi\nthere')
w.flush()
print(raw.getvalue())
w = io.TextIOWrapper(io.BytesIO(b'a\nb\n'), encoding='ascii', line_buffering=True)
print(w.line_buffering, w.readlines())
buffered = io.BufferedReader(io.BytesIO(b'peek and read'))
print(buffered.peek(4)[:4], buffered.read(4), buffered.read1(3), buffered.read())


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


closed = io.StringIO('x')
closed.close()
attempt('closed read', closed.read)
attempt('closed getvalue', closed.getvalue)
attempt('write bytes', lambda: io.StringIO().write(b'x'))
attempt('write str to BytesIO', lambda: io.BytesIO().write('x'))
attempt('bad initial', lambda: io.StringIO(b'x'))
attempt('bad newline', lambda: io.StringIO(newline='x'))
attempt('negative seek', lambda: io.StringIO().seek(-1))
attempt('relative seek', lambda: io.StringIO('abc').seek(1, 1))
attempt('BytesIO negative seek', lambda: io.BytesIO().seek(-1))
attempt('not writable', lambda: io.TextIOWrapper(io.BufferedReader(io.BytesIO(b''))).write('x'))
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase),
      isinstance(io.StringIO(), io.IOBase), issubclass(io.UnsupportedOperation, OSError), io.DEFAULT_BUFFER_SIZE)
