"""Streams: files (open, FileIO, buffered and text layers) and in-memory streams (StringIO, BytesIO).

Raw file access goes through the Java core _io (file descriptors on the embedder's file system); buffering,
decoding, newline translation and the stream classes are written here with CPython's behaviour and messages.
"""

import _io

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase", "FileIO", "BytesIO", "StringIO",
           "BufferedIOBase", "BufferedReader", "BufferedWriter", "BufferedRWPair", "BufferedRandom",
           "TextIOBase", "TextIOWrapper", "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding", "IncrementalNewlineDecoder"]

DEFAULT_BUFFER_SIZE = 8192
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

_BYTES_LIKE = (bytes, bytearray, memoryview)


def _contiguous_bytes(data):
    # what a C write() reads straight from the buffer: a memoryview's items must be contiguous
    if isinstance(data, memoryview) and not data.c_contiguous:
        raise BufferError("memoryview: underlying buffer is not C-contiguous")
    return bytes(data)


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = 'io'


def _closed_error():
    return ValueError("I/O operation on closed file.")


def _fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    method = getattr(type(path), '__fspath__', None)
    if method is None:
        raise TypeError(f"expected str, bytes or os.PathLike object, not {type(path).__name__}")
    result = method(path)
    if not isinstance(result, (str, bytes)):
        raise TypeError(f"expected {type(path).__name__}.__fspath__() to return str or bytes, "
                        f"not {type(result).__name__}")
    return result


class IOBase:
    """The base of all streams: closing, context management, iteration over lines."""

    _closed_flag = False

    def seek(self, pos, whence=0):
        raise UnsupportedOperation("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        raise UnsupportedOperation("truncate")

    def flush(self):
        self._checkClosed()

    def close(self):
        if not self._closed_flag:
            try:
                self.flush()
            finally:
                self._closed_flag = True

    @property
    def closed(self):
        return self._closed_flag

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def _checkClosed(self):
        if self.closed:
            raise _closed_error()

    def _checkReadable(self):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable.")

    def _checkWritable(self):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable.")

    def _checkSeekable(self):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable.")

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def readline(self, size=-1):
        # one byte at a time: subclasses do better
        if size is None:
            size = -1
        res = []
        n = 0
        while size < 0 or n < size:
            b = self.read(1)
            if not b:
                break
            res.append(b)
            n += 1
            if b == b"\n":
                break
        return b"".join(res)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        n = 0
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)

    def __del__(self):
        pass


class RawIOBase(IOBase):
    """Unbuffered binary streams."""

    def read(self, size=-1):
        if size is None:
            size = -1
        if size < 0:
            return self.readall()
        return self._read(size)

    def readall(self):
        chunks = []
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            chunks.append(data)
        return b"".join(chunks)


class BufferedIOBase(IOBase):
    """Buffered binary streams."""

    def read1(self, size=-1):
        return self.read(size)

    def detach(self):
        raise UnsupportedOperation("detach")


class TextIOBase(IOBase):
    """Text streams."""

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None

    def detach(self):
        raise UnsupportedOperation("detach")


# ---- files ------------------------------------------------------------------------------------------

_O_RDONLY, _O_WRONLY, _O_RDWR, _O_CREAT, _O_EXCL, _O_TRUNC, _O_APPEND = 0, 1, 2, 0o100, 0o200, 0o1000, 0o2000


class FileIO(RawIOBase):
    """A raw file: reads and writes bytes straight to a file descriptor."""

    def __init__(self, file, mode='r', closefd=True, opener=None):
        self._fd = -1
        if isinstance(file, float):
            raise TypeError('integer argument expected, got float')
        if not isinstance(mode, str):
            raise TypeError('invalid mode: %s' % (mode,))
        if not set(mode) <= set('xrwab+') or mode.count('+') > 1 or \
                sum(c in 'rwax' for c in mode) != 1:
            raise ValueError('invalid mode: %s' % (mode,) if sum(c in 'rwax' for c in mode) <= 1 else
                             'Must have exactly one of create/read/write/append mode and at most one plus')
        plus = '+' in mode
        if 'x' in mode:
            self._mode_text, flags = ('xb+' if plus else 'xb'), _O_EXCL | _O_CREAT
            self._readable, self._writable = plus, True
        elif 'r' in mode:
            self._mode_text, flags = ('rb+' if plus else 'rb'), 0
            self._readable, self._writable = True, plus
        elif 'w' in mode:
            self._mode_text, flags = ('rb+' if plus else 'wb'), _O_CREAT | _O_TRUNC
            self._readable, self._writable = plus, True
        else:
            self._mode_text, flags = ('ab+' if plus else 'ab'), _O_APPEND | _O_CREAT
            self._readable, self._writable = plus, True
        if self._readable and self._writable:
            flags |= _O_RDWR
        elif self._writable:
            flags |= _O_WRONLY
        self._appending = 'a' in mode
        if isinstance(file, int) and not isinstance(file, bool):
            if file < 0:
                raise ValueError('negative file descriptor')
            if not _io.is_open(file):
                raise OSError(9, 'Bad file descriptor')
            self._fd = file
            self._closefd = closefd
        else:
            if not closefd:
                raise ValueError('Cannot use closefd=False with file name')
            self._closefd = True
            path = _fspath(file)
            text_path = path.decode('utf-8', 'surrogateescape') if isinstance(path, bytes) else path
            if '\0' in text_path:
                raise ValueError('embedded null byte')
            if opener is None:
                self._fd = _io.open_fd(text_path, flags, file)
            else:
                fd = opener(file, flags)
                if not isinstance(fd, int):
                    raise TypeError('expected integer from opener')
                if fd < 0:
                    raise ValueError('opener returned %d' % fd)
                self._fd = fd
        self.name = file
        if self._appending:
            try:
                _io.seek(self._fd, 0, 2)
            except OSError:
                pass

    def __repr__(self):
        if self.closed:
            return '<_io.FileIO [closed]>'
        return '<_io.FileIO name=%r mode=%r closefd=%r>' % (self.name, self.mode, self._closefd)

    @property
    def mode(self):
        return self._mode_text

    @property
    def closefd(self):
        return self._closefd

    @property
    def closed(self):
        return self._fd < 0

    def fileno(self):
        self._checkClosed()
        return self._fd

    def readable(self):
        self._checkClosed()
        return self._readable

    def writable(self):
        self._checkClosed()
        return self._writable

    def seekable(self):
        self._checkClosed()
        return self._fd > 2

    def isatty(self):
        self._checkClosed()
        return _io.isatty(self._fd)

    def _read(self, size):
        self._checkClosed()
        if not self._readable:
            raise UnsupportedOperation('File not open for reading')
        return _io.read(self._fd, size)

    def readall(self):
        self._checkClosed()
        if not self._readable:
            raise UnsupportedOperation('File not open for reading')
        return _io.read(self._fd, -1)

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def write(self, data):
        self._checkClosed()
        if not self._writable:
            raise UnsupportedOperation('File not open for writing')
        if not isinstance(data, _BYTES_LIKE):
            raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
        return _io.write(self._fd, _contiguous_bytes(data))

    def seek(self, pos, whence=0):
        self._checkClosed()
        if isinstance(pos, float):
            raise TypeError('an integer is required')
        return _io.seek(self._fd, pos, whence)

    def tell(self):
        self._checkClosed()
        return _io.seek(self._fd, 0, 1)

    def truncate(self, size=None):
        self._checkClosed()
        if not self._writable:
            raise UnsupportedOperation('File not open for writing')
        if size is None:
            size = self.tell()
        return _io.truncate(self._fd, size)

    def close(self):
        if self._fd >= 0:
            fd = self._fd
            self._fd = -1
            if self._closefd:
                _io.close(fd)


class _Buffered(BufferedIOBase):
    """The buffered layer over a raw stream: read-ahead for reading, a write buffer for writing, and the
    bookkeeping that lets one object do both (BufferedRandom)."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self.raw = raw
        self.buffer_size = buffer_size
        self._rbuf = b""
        self._rpos = 0
        self._wbuf = []
        self._wlen = 0

    def __repr__(self):
        name = getattr(self.raw, 'name', None)
        cls = type(self).__name__
        if name is None:
            return '<_io.%s>' % cls
        return '<_io.%s name=%r>' % (cls, name)

    @property
    def closed(self):
        return self.raw.closed

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()

    def seekable(self):
        return self.raw.seekable()

    def readable(self):
        return self.raw.readable()

    def writable(self):
        return self.raw.writable()

    def detach(self):
        self.flush()
        raw = self.raw
        self.raw = None
        return raw

    # -- reading

    def _drop_read_ahead(self):
        # the raw position is ahead of the logical one by the unread part of the read buffer
        unread = len(self._rbuf) - self._rpos
        if unread and self.raw.seekable():
            self.raw.seek(-unread, 1)
        self._rbuf = b""
        self._rpos = 0

    def _fill(self):
        self._flush_writes()
        data = self.raw.read(self.buffer_size)
        if data is None:
            data = b""
        self._rbuf = self._rbuf[self._rpos:] + data
        self._rpos = 0
        return len(data)

    def read(self, size=-1):
        self._checkClosed()
        self._checkReadable()
        if size is None:
            size = -1
        if size < -1:
            raise ValueError("read length must be non-negative or -1")
        if size < 0:
            self._flush_writes()
            rest = self._rbuf[self._rpos:]
            self._rbuf = b""
            self._rpos = 0
            readall = getattr(self.raw, 'readall', None)
            return rest + (readall() if readall is not None else self.raw.read())
        while len(self._rbuf) - self._rpos < size:
            if not self._fill():
                break
        data = self._rbuf[self._rpos:self._rpos + size]
        self._rpos += len(data)
        return data

    def read1(self, size=-1):
        self._checkClosed()
        self._checkReadable()
        if size is None or size < 0:
            size = self.buffer_size
        if size == 0:
            return b""
        if self._rpos >= len(self._rbuf):
            self._fill()
        data = self._rbuf[self._rpos:self._rpos + size]
        self._rpos += len(data)
        return data

    def peek(self, size=0):
        self._checkClosed()
        if self._rpos >= len(self._rbuf):
            self._fill()
        return self._rbuf[self._rpos:]

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._checkClosed()
        self._checkReadable()
        if size is None:
            size = -1
        while True:
            nl = self._rbuf.find(b"\n", self._rpos)
            if nl >= 0 or (0 <= size <= len(self._rbuf) - self._rpos):
                break
            if not self._fill():
                break
        end = len(self._rbuf) if nl < 0 else nl + 1
        if size >= 0:
            end = min(end, self._rpos + size)
        line = self._rbuf[self._rpos:end]
        self._rpos = end
        return line

    # -- writing

    def write(self, data):
        self._checkClosed()
        self._checkWritable()
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        if not isinstance(data, _BYTES_LIKE):
            raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
        if self._rbuf:
            self._drop_read_ahead()
        data = _contiguous_bytes(data)
        self._wbuf.append(data)
        self._wlen += len(data)
        if self._wlen >= self.buffer_size:
            self._flush_writes()
        return len(data)

    def _flush_writes(self):
        if self._wbuf:
            data = b"".join(self._wbuf)
            self._wbuf = []
            self._wlen = 0
            self.raw.write(data)

    def flush(self):
        self._checkClosed()
        self._flush_writes()

    # -- positioning

    def tell(self):
        pos = self.raw.tell() - (len(self._rbuf) - self._rpos) + self._wlen
        return pos

    def seek(self, pos, whence=0):
        self._checkClosed()
        if whence not in (0, 1, 2):
            raise ValueError("whence value %d unsupported" % whence)
        if whence == 1:
            pos = self.tell() + pos
            whence = 0
        self._flush_writes()
        self._rbuf = b""
        self._rpos = 0
        return self.raw.seek(pos, whence)

    def truncate(self, pos=None):
        self._checkClosed()
        self._checkWritable()
        self.flush()
        if pos is None:
            pos = self.tell()
        self._drop_read_ahead()
        return self.raw.truncate(pos)

    def close(self):
        if self.raw is not None and not self.raw.closed:
            try:
                self.flush()
            finally:
                self.raw.close()


class BufferedReader(_Buffered):
    """A buffered binary stream for reading."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.readable():
            raise OSError('"raw" argument must be readable.')
        super().__init__(raw, buffer_size)

    def writable(self):
        return False


class BufferedWriter(_Buffered):
    """A buffered binary stream for writing."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.writable():
            raise OSError('"raw" argument must be writable.')
        super().__init__(raw, buffer_size)

    def readable(self):
        return False


class BufferedRandom(_Buffered):
    """A buffered binary stream for reading and writing at any position."""


class BufferedRWPair(BufferedIOBase):
    """Reading from one raw stream, writing to another."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=-1):
        return self.reader.readline(size)

    def write(self, data):
        return self.writer.write(data)

    def flush(self):
        return self.writer.flush()

    def readable(self):
        return True

    def writable(self):
        return True

    @property
    def closed(self):
        return self.writer.closed

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()


# ---- text ---------------------------------------------------------------------------------------------

def _locale_encoding():
    """The encoding used when none is given: Krait always runs in CPython's UTF-8 mode (PYTHONUTF8=1)."""
    return 'utf-8'


def text_encoding(encoding, stacklevel=2):
    return "locale" if encoding is None else encoding


def _canonical_encoding(encoding):
    return encoding.lower().replace('_', '-')


class _Codec:
    """Decoding in pieces and encoding for one encoding, including the byte-order marks of utf-8-sig,
    utf-16 and utf-32 (which only the start of a file has)."""

    def __init__(self, encoding, errors):
        name = _canonical_encoding(encoding)
        if name in ('utf8', 'u8', 'utf', 'cp65001'):
            name = 'utf-8'
        elif name in ('utf8-sig', 'utf-8sig'):
            name = 'utf-8-sig'
        elif name in ('latin1', 'latin-1', 'iso-8859-1', 'iso8859-1', 'l1', 'latin', '8859', 'cp819'):
            name = 'latin-1'
        elif name in ('us-ascii', '646', 'ascii'):
            name = 'ascii'
        elif name in ('utf16',):
            name = 'utf-16'
        elif name in ('utf32',):
            name = 'utf-32'
        self.name = name
        self.errors = errors
        if name == 'utf-8-sig':
            b''.decode('utf-8', errors)   # an unknown error handler fails here, as in CPython
        else:
            b''.decode(name, errors)
        self.unit = 4 if name.startswith('utf-32') else 2 if name.startswith('utf-16') else 1
        self.utf8 = name in ('utf-8', 'utf-8-sig')
        self.started = False

    def decode(self, data, final):
        """(text, rest): the text of the complete characters at the start of data, and the bytes left over."""
        cut = len(data)
        if not final:
            if self.utf8:
                cut = _utf8_complete(data)
            elif self.unit > 1:
                cut -= cut % self.unit
                if self.unit == 2 and cut >= 2 and self._is_high_surrogate(data[cut - 2:cut]):
                    cut -= 2
        chunk, rest = data[:cut], data[cut:]
        if not self.started:
            if not chunk and not final:
                return '', rest
            self.started = True
            if self.name == 'utf-8-sig':
                if chunk.startswith(b'\xef\xbb\xbf'):
                    chunk = chunk[3:]
                self.name = 'utf-8'
            elif self.name in ('utf-16', 'utf-32'):
                bom_le = b'\xff\xfe' if self.unit == 2 else b'\xff\xfe\x00\x00'
                bom_be = b'\xfe\xff' if self.unit == 2 else b'\x00\x00\xfe\xff'
                if chunk.startswith(bom_le):
                    chunk, self.name = chunk[self.unit:], self.name + '-le'
                elif chunk.startswith(bom_be):
                    chunk, self.name = chunk[self.unit:], self.name + '-be'
                else:
                    self.name += '-le'
        return chunk.decode(self.name, self.errors), rest

    def _is_high_surrogate(self, pair):
        unit = pair[1] if self.name.endswith('-be') else pair[0] if self.name.endswith('-le') else pair[1]
        return 0xd8 <= unit <= 0xdb

    def encode(self, text, at_start):
        if self.name == 'utf-8-sig':
            prefix = b'\xef\xbb\xbf' if at_start else b''
            return prefix + text.encode('utf-8', self.errors)
        if self.name in ('utf-16', 'utf-32'):
            if at_start:
                return text.encode(self.name, self.errors)
            return text.encode(self.name + '-le', self.errors)
        return text.encode(self.name, self.errors)

    def byte_length(self, text):
        name = 'utf-8' if self.name == 'utf-8-sig' else self.name
        if name in ('utf-16', 'utf-32'):
            name += '-le'
        return len(text.encode(name, 'surrogatepass' if name.startswith('utf') else self.errors))


def _utf8_complete(data):
    """The length of the longest prefix of data that does not end inside a UTF-8 sequence."""
    n = len(data)
    for back in range(1, min(4, n) + 1):
        b = data[n - back]
        if b & 0xC0 != 0x80:      # the start of the last sequence (or an ASCII byte)
            need = 1 if b < 0x80 else 2 if b >> 5 == 0b110 else 3 if b >> 4 == 0b1110 else 4 if b >> 3 == 0b11110 else 1
            return n - back if need > back else n
    return n


class TextIOWrapper(TextIOBase):
    """Text over a buffered binary stream: decoding, encoding and newline translation."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("illegal newline type: %r" % (type(newline),))
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if encoding is None or encoding == 'locale':
            encoding = _locale_encoding()
        if not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not %s"
                            % type(encoding).__name__)
        if errors is None:
            errors = "strict"
        elif not isinstance(errors, str):
            raise TypeError("TextIOWrapper() argument 'errors' must be str or None, not %s" % type(errors).__name__)
        self._codec = _Codec(encoding, errors)
        self.buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._readuniversal = not newline
        self._readtranslate = newline is None
        self._readnl = newline
        self._writetranslate = newline != ''
        self._writenl = newline or '\n'
        self._line_buffering = line_buffering
        self._write_through = write_through
        self._seen = set()
        self._reset_read()

    def _reset_read(self):
        self._decoded = ''        # text decoded (and translated) but not yet returned
        self._decoded_pos = 0
        self._pending = b''       # bytes of an incomplete character
        self._held_cr = False     # a '\r' at the end of the last chunk may start '\r\n'
        self._snapshot_pos = None  # buffer position where _decoded starts
        self._snapshot_raw = ''   # the untranslated text of _decoded
        self._eof = False

    def __repr__(self):
        result = '<_io.TextIOWrapper'
        try:
            name = self.name
        except AttributeError:
            pass
        else:
            result += ' name=%r' % (name,)
        try:
            mode = self.mode
        except AttributeError:
            pass
        else:
            result += ' mode=%r' % (mode,)
        return result + ' encoding=%r>' % (self._encoding,)

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def name(self):
        return self.buffer.name

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def newlines(self):
        if not self._seen:
            return None
        kinds = tuple(k for k in ('\r', '\n', '\r\n') if k in self._seen)
        return kinds[0] if len(kinds) == 1 else kinds

    def fileno(self):
        return self.buffer.fileno()

    def isatty(self):
        return self.buffer.isatty()

    def seekable(self):
        self._checkClosed()
        return self.buffer.seekable()

    def readable(self):
        self._checkClosed()
        return self.buffer.readable()

    def writable(self):
        self._checkClosed()
        return self.buffer.writable()

    def flush(self):
        self._checkClosed()
        self.buffer.flush()

    def close(self):
        if self.buffer is not None and not self.closed:
            try:
                self.flush()
            finally:
                self.buffer.close()

    def detach(self):
        if self.buffer is None:
            raise ValueError("buffer is already detached")
        self.flush()
        buffer = self.buffer
        self.buffer = None
        return buffer

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis, line_buffering=None,
                    write_through=None):
        if encoding is not None or errors is not None:
            self._codec = _Codec(encoding or self._encoding, errors or 'strict')
            self._encoding = encoding or self._encoding
            self._errors = errors or 'strict'
        if newline is not Ellipsis:
            self._readuniversal = not newline
            self._readtranslate = newline is None
            self._readnl = newline
            self._writetranslate = newline != ''
            self._writenl = newline or '\n'
        if line_buffering is not None:
            self._line_buffering = line_buffering
        if write_through is not None:
            self._write_through = write_through

    # -- writing

    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        if not self.buffer.writable():
            raise UnsupportedOperation("not writable")
        length = len(s)
        haslf = (self._writetranslate or self._line_buffering) and "\n" in s
        if haslf and self._writetranslate and self._writenl != "\n":
            s = s.replace("\n", self._writenl)
        if self._decoded_pos < len(self._decoded) or self._pending or self._held_cr:
            self.buffer.seek(self.tell())   # writing where reading left off
        self._reset_read()
        at_start = not self._codec.started and self.buffer.seekable() and self.buffer.tell() == 0
        data = self._codec.encode(s, at_start)
        self._codec.started = True
        self.buffer.write(data)
        if self._line_buffering and (haslf or "\r" in s) or self._write_through:
            self.buffer.flush()
        return length

    # -- reading

    def _translate(self, text, final):
        """Newline translation of freshly decoded text, holding back a final '\r' that may start '\r\n'."""
        if self._held_cr:
            text = '\r' + text
            self._held_cr = False
        if text.endswith('\r') and not final:
            text = text[:-1]
            self._held_cr = True
        if '\r' in text:
            crlf = text.count('\r\n')
            if crlf:
                self._seen.add('\r\n')
            if text.count('\r') > crlf:
                self._seen.add('\r')
            if text.count('\n') > crlf:
                self._seen.add('\n')
            if self._readtranslate:
                text = text.replace('\r\n', '\n').replace('\r', '\n')
        elif '\n' in text:
            self._seen.add('\n')
        return text

    def _read_chunk(self):
        """Decodes the next chunk into _decoded; False at the end of the stream."""
        if self._eof:
            return False
        if self._decoded_pos >= len(self._decoded) and not self._pending and not self._held_cr:
            # nothing left over: start a new snapshot for tell()
            self._snapshot_pos = self.buffer.tell() if self.buffer.seekable() else None
            self._snapshot_raw = ''
            self._decoded = ''
            self._decoded_pos = 0
        reader = getattr(self.buffer, 'read1', None) or self.buffer.read
        data = reader(DEFAULT_BUFFER_SIZE)
        final = not data
        text, self._pending = self._codec.decode(self._pending + data, final)
        self._snapshot_raw += text
        text = self._translate(text, final)
        self._decoded = self._decoded[self._decoded_pos:] + text
        # keep the raw text of what was already returned out of the snapshot
        self._trim_snapshot()
        self._decoded_pos = 0
        if final:
            self._eof = True
        return not final or bool(text)

    def _trim_snapshot(self):
        consumed_raw = self._raw_length(self._snapshot_raw, self._decoded_pos)
        if consumed_raw and self._snapshot_pos is not None:
            self._snapshot_pos += self._codec.byte_length(self._snapshot_raw[:consumed_raw])
            self._snapshot_raw = self._snapshot_raw[consumed_raw:]

    def _raw_length(self, raw, n):
        """How many characters of the untranslated text raw make the first n translated characters."""
        if not self._readtranslate or '\r' not in raw:
            return n
        i = 0
        count = 0
        while count < n:
            if raw[i] == '\r' and i + 1 < len(raw) and raw[i + 1] == '\n':
                i += 2
            else:
                i += 1
            count += 1
        return i

    def read(self, size=-1):
        self._checkClosed()
        if not self.buffer.readable():
            raise UnsupportedOperation("not readable")
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        if size < 0:
            while self._read_chunk():
                pass
            result = self._decoded[self._decoded_pos:]
            self._decoded_pos = len(self._decoded)
            return result
        while len(self._decoded) - self._decoded_pos < size and self._read_chunk():
            pass
        result = self._decoded[self._decoded_pos:self._decoded_pos + size]
        self._decoded_pos += len(result)
        return result

    def _line_end(self, text, start):
        """The end of the line starting at start in text (just after its terminator), or -1."""
        if self._readtranslate:
            i = text.find('\n', start)
            return -1 if i < 0 else i + 1
        if self._readuniversal:
            i = start
            n = len(text)
            while i < n:
                c = text[i]
                if c == '\n':
                    return i + 1
                if c == '\r':
                    if i + 1 < n:
                        return i + 2 if text[i + 1] == '\n' else i + 1
                    return -2   # a final '\r': need to see what follows
                i += 1
            return -1
        i = text.find(self._readnl, start)
        return -1 if i < 0 else i + len(self._readnl)

    def readline(self, size=-1):
        self._checkClosed()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        if not self.buffer.readable():
            raise UnsupportedOperation("not readable")
        while True:
            end = self._line_end(self._decoded, self._decoded_pos)
            if end >= 0:
                break
            if 0 <= size <= len(self._decoded) - self._decoded_pos:
                end = self._decoded_pos + size
                break
            if not self._read_chunk():
                end = len(self._decoded)
                break
        if size >= 0:
            end = min(end, self._decoded_pos + size)
        line = self._decoded[self._decoded_pos:end]
        self._decoded_pos = end
        return line

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # -- positioning

    def tell(self):
        self._checkClosed()
        if not self.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        self.flush()
        if self._snapshot_pos is None or (self._decoded_pos >= len(self._decoded) and not self._pending
                                          and not self._held_cr):
            return self.buffer.tell()
        consumed = self._raw_length(self._snapshot_raw, self._decoded_pos)
        return self._snapshot_pos + self._codec.byte_length(self._snapshot_raw[:consumed])

    def seek(self, cookie, whence=0):
        self._checkClosed()
        if not self.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            return self.tell()
        if whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._reset_read()
            return self.buffer.seek(0, 2)
        if whence != 0:
            raise ValueError("invalid whence (%r, should be 0, 1 or 2)" % (whence,))
        if not isinstance(cookie, int):
            raise TypeError("an integer is required")
        if cookie < 0:
            raise ValueError("negative seek position %r" % (cookie,))
        self.flush()
        self._reset_read()
        self._codec.started = cookie > 0
        return self.buffer.seek(cookie)

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self.buffer.truncate(pos)


# ---- in-memory streams ------------------------------------------------------------------------------------

class BytesIO(BufferedIOBase):
    """A binary stream in memory."""

    def __init__(self, initial_bytes=None):
        self._buffer = b"" if initial_bytes is None else bytes(initial_bytes)
        self._chunks = []         # appended at the end, joined on demand
        self._size = len(self._buffer)
        self._pos = 0
        self._closed_flag = False

    def _value(self):
        if self._chunks:
            self._buffer = self._buffer + b"".join(self._chunks)
            self._chunks = []
        if isinstance(self._buffer, bytearray):
            return bytes(self._buffer)  # shared with views from getbuffer()
        return self._buffer

    def _unshare(self):
        # Before the contents change size or go away: refused while a view from getbuffer() is live.
        shared = self._buffer
        if isinstance(shared, bytearray):
            shared.append(0)  # BufferError while exported, as CPython's BytesIO raises
            del shared[-1]
            self._buffer = bytes(shared)

    def getvalue(self):
        self._checkClosed()
        return self._value()

    def getbuffer(self):
        """A writable view of the contents; the stream cannot be written or closed while it lives."""
        self._checkClosed()
        if not isinstance(self._buffer, bytearray):
            self._buffer = bytearray(self._value())
        return memoryview(self._buffer)

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    def read(self, size=-1):
        self._checkClosed()
        buf = self._value()
        if size is None or size < 0:
            size = len(buf)
        data = buf[self._pos:self._pos + size]
        self._pos += len(data)
        return data

    read1 = read

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._checkClosed()
        buf = self._value()
        nl = buf.find(b"\n", self._pos)
        end = len(buf) if nl < 0 else nl + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        line = buf[self._pos:end]
        self._pos = max(self._pos, end)
        return line

    def write(self, b):
        self._checkClosed()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        if not isinstance(b, _BYTES_LIKE):
            raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)
        data = _contiguous_bytes(b)
        self._unshare()
        n = len(data)
        if not n:
            return 0
        if self._pos == self._size:
            self._chunks.append(data)
        else:
            buf = self._value()
            if self._pos > len(buf):
                buf = buf + b"\0" * (self._pos - len(buf))
            self._buffer = buf[:self._pos] + data + buf[self._pos + n:]
        self._pos += n
        self._size = max(self._size, self._pos)
        return n

    def seek(self, pos, whence=0):
        self._checkClosed()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, self._size + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def tell(self):
        self._checkClosed()
        return self._pos

    def truncate(self, size=None):
        self._checkClosed()
        if size is None:
            size = self._pos
        elif size < 0:
            raise ValueError("negative size value %d" % size)
        self._unshare()
        self._buffer = self._value()[:size]
        self._size = len(self._buffer)
        return size

    def close(self):
        self._unshare()
        self._closed_flag = True

    @property
    def closed(self):
        return self._closed_flag


class StringIO(TextIOBase):
    """A text stream in memory."""

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        self._newline = newline
        self._readtranslate = newline is None
        self._writetranslate = newline != ''
        self._writenl = newline or '\n'
        self._closed_flag = False
        self._seen = set()
        self._chunks = []          # appended at the end, joined on demand
        self._text = self._translate_in(initial_value)
        self._size = len(self._text)
        self._pos = 0

    def _translate_in(self, s):
        if self._newline is None:
            if '\r' in s:
                if '\r\n' in s:
                    self._seen.add('\r\n')
                if s.replace('\r\n', '').count('\r'):
                    self._seen.add('\r')
                s = s.replace('\r\n', '\n').replace('\r', '\n')
            if '\n' in s:
                self._seen.add('\n')
            return s
        if self._writetranslate and self._writenl != '\n':
            return s.replace('\n', self._writenl)
        return s

    def _value(self):
        if self._chunks:
            self._text = self._text + ''.join(self._chunks)
            self._chunks = []
        return self._text

    @property
    def closed(self):
        return self._closed_flag

    def _checkClosed(self):
        if self._closed_flag:
            raise ValueError("I/O operation on closed file")

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        if self._newline is not None or not self._seen:
            return None
        kinds = tuple(k for k in ('\r', '\n', '\r\n') if k in self._seen)
        return kinds[0] if len(kinds) == 1 else kinds

    def getvalue(self):
        self._checkClosed()
        return self._value()

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        s = self._translate_in(s)
        if self._pos == self._size:
            self._chunks.append(s)
        else:
            text = self._value()
            if self._pos > len(text):
                text = text + '\0' * (self._pos - len(text))
            self._text = text[:self._pos] + s + text[self._pos + len(s):]
        self._pos += len(s)
        self._size = max(self._size, self._pos)
        return n

    def read(self, size=-1):
        self._checkClosed()
        if size is not None and not isinstance(size, int):
            raise TypeError("integer argument expected, got '%s'" % type(size).__name__)
        text = self._value()
        if size is None or size < 0:
            size = len(text)
        data = text[self._pos:self._pos + size]
        self._pos += len(data)
        return data

    def readline(self, size=-1):
        self._checkClosed()
        if size is not None and not isinstance(size, int):
            raise TypeError("integer argument expected, got '%s'" % type(size).__name__)
        text = self._value()
        if self._newline == '':
            end = len(text)
            i = self._pos
            while i < len(text):
                if text[i] == '\n':
                    end = i + 1
                    break
                if text[i] == '\r':
                    end = i + 2 if text[i + 1:i + 2] == '\n' else i + 1
                    break
                i += 1
        else:
            nl = '\n' if self._newline is None else self._writenl
            i = text.find(nl, self._pos)
            end = len(text) if i < 0 else i + len(nl)
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        line = text[self._pos:end]
        self._pos = end
        return line

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos, whence=0):
        self._checkClosed()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = self._size
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def tell(self):
        self._checkClosed()
        return self._pos

    def truncate(self, size=None):
        self._checkClosed()
        if size is None:
            size = self._pos
        elif size < 0:
            raise ValueError("Negative size value %d" % size)
        self._text = self._value()[:size]
        self._size = len(self._text)
        return size

    def close(self):
        self._closed_flag = True

    def detach(self):
        raise UnsupportedOperation("detach")


class IncrementalNewlineDecoder:
    """Translates '\r\n' and '\r' to '\n' in text decoded in pieces (decoder may be None)."""

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._pendingcr = False

    def decode(self, input, final=False):
        output = input if self.decoder is None else self.decoder.decode(input, final=final)
        if self._pendingcr and (output or final):
            output = '\r' + output
            self._pendingcr = False
        if output.endswith('\r') and not final:
            output = output[:-1]
            self._pendingcr = True
        if self.translate:
            output = output.replace('\r\n', '\n').replace('\r', '\n')
        return output

    def reset(self):
        self._pendingcr = False


# ---- open() -------------------------------------------------------------------------------------------------

def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    """Open a file and return a stream (text by default, binary with 'b' in mode)."""
    if not isinstance(file, int):
        file = _fspath(file)
    if not isinstance(file, (str, bytes, int)):
        raise TypeError("invalid file: %r" % (file,))
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % type(mode).__name__)
    if not isinstance(buffering, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(buffering).__name__)
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("open() argument 'encoding' must be str or None, not %s" % type(encoding).__name__)
    if errors is not None and not isinstance(errors, str):
        raise TypeError("open() argument 'errors' must be str or None, not %s" % type(errors).__name__)
    modes = set(mode)
    if modes - set("axrwb+tU") or len(mode) > len(modes):
        raise ValueError("invalid mode: %r" % mode)
    creating = "x" in modes
    reading = "r" in modes
    writing = "w" in modes
    appending = "a" in modes
    updating = "+" in modes
    text = "t" in modes
    binary = "b" in modes
    if "U" in modes:
        raise ValueError("invalid mode: %r" % mode)
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if not (creating or reading or writing or appending):
        raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if newline is not None and newline not in ("", "\n", "\r", "\r\n"):
        if not isinstance(newline, str):
            raise TypeError("open() argument 'newline' must be str or None, not %s" % type(newline).__name__)
        raise ValueError("illegal newline value: %s" % newline)
    if not binary and encoding is not None:
        _Codec(encoding, errors or 'strict')   # unknown encodings fail before the file is touched
    raw = FileIO(file, (creating and "x" or "") + (reading and "r" or "") + (writing and "w" or "") +
                 (appending and "a" or "") + (updating and "+" or ""), closefd, opener=opener)
    result = raw
    try:
        line_buffering = False
        if buffering == 1 or buffering < 0 and raw.isatty():
            buffering = -1
            line_buffering = True
        if buffering < 0:
            buffering = DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if binary:
                return result
            raise ValueError("can't have unbuffered text I/O")
        if updating:
            buffer = BufferedRandom(raw, buffering)
        elif creating or writing or appending:
            buffer = BufferedWriter(raw, buffering)
        else:
            buffer = BufferedReader(raw, buffering)
        result = buffer
        if binary:
            return result
        text_file = TextIOWrapper(buffer, encoding, errors, newline, line_buffering)
        result = text_file
        text_file.mode = mode
        return result
    except BaseException:
        result.close()
        raise


def open_code(path):
    return open(path, "rb")


for _cls in (IOBase, RawIOBase, BufferedIOBase, TextIOBase, FileIO, BufferedReader, BufferedWriter,
             BufferedRandom, BufferedRWPair, TextIOWrapper, BytesIO, StringIO, IncrementalNewlineDecoder):
    _cls.__module__ = '_io' if _cls.__name__ not in ('IOBase', 'RawIOBase', 'BufferedIOBase', 'TextIOBase') else 'io'
del _cls
