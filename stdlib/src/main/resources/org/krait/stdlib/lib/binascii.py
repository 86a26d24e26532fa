"""Conversions between binary data and ASCII encodings (hex, base64, CRC-32)."""

__all__ = ['Error', 'Incomplete', 'hexlify', 'unhexlify', 'b2a_hex', 'a2b_hex',
           'b2a_base64', 'a2b_base64', 'crc32', 'crc_hqx']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = Incomplete.__module__ = 'binascii'

_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
# value of each base64 character; 255 for bytes outside the alphabet
_B64_VALUES = [255] * 256
for _i, _c in enumerate(_B64):
    _B64_VALUES[_c] = _i
del _i, _c


def _ascii_input(data):
    """The bytes of an ASCII str or of a bytes-like object, as the a2b_* functions accept."""
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return data.encode('ascii')
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                        % type(data).__name__) from None


def _binary_input(data):
    """The bytes of a bytes-like object, as the b2a_* functions accept."""
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if isinstance(data, memoryview):
        return data.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def hexlify(data, sep=None, bytes_per_sep=1):
    """The hexadecimal representation of binary data, optionally with sep between groups of bytes."""
    data = _binary_input(data)
    if sep is None:
        return data.hex().encode('ascii')
    if isinstance(sep, (bytes, bytearray)):
        sep = bytes(sep).decode('latin-1')
    return data.hex(sep, bytes_per_sep).encode('latin-1')


b2a_hex = hexlify


def unhexlify(hexstr):
    """Binary data from its hexadecimal representation (an even number of hex digits)."""
    data = _ascii_input(hexstr)
    if len(data) % 2:
        raise Error('Odd-length string')
    out = bytearray(len(data) // 2)
    for i in range(0, len(data), 2):
        hi = _hex_value(data[i])
        lo = _hex_value(data[i + 1])
        out[i // 2] = hi * 16 + lo
    return bytes(out)


a2b_hex = unhexlify


def _hex_value(c):
    if 48 <= c <= 57:
        return c - 48
    if 97 <= c <= 102:
        return c - 87
    if 65 <= c <= 70:
        return c - 55
    raise Error('Non-hexadecimal digit found')


def b2a_base64(data, *, newline=True):
    """Base64 encoding of binary data, with a trailing newline unless newline is false."""
    data = _binary_input(data)
    out = bytearray()
    n = len(data)
    full = n - n % 3
    alphabet = _B64
    for i in range(0, full, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((alphabet[v >> 18], alphabet[(v >> 12) & 63], alphabet[(v >> 6) & 63], alphabet[v & 63]))
    rest = n - full
    if rest == 1:
        v = data[full] << 16
        out += bytes((alphabet[v >> 18], alphabet[(v >> 12) & 63])) + b'=='
    elif rest == 2:
        v = (data[full] << 16) | (data[full + 1] << 8)
        out += bytes((alphabet[v >> 18], alphabet[(v >> 12) & 63], alphabet[(v >> 6) & 63])) + b'='
    if newline:
        out += b'\n'
    return bytes(out)


def a2b_base64(data, /, *, strict_mode=False):
    """Binary data from base64; without strict_mode, characters outside the alphabet are skipped."""
    data = _ascii_input(data)
    if strict_mode and data[:1] == b'=':
        raise Error('Leading padding not allowed')
    out = bytearray()
    quad_pos = 0
    pads = 0
    padding_started = False
    acc = 0
    count = 0
    values = _B64_VALUES
    for i, c in enumerate(data):
        if c == 61:  # '='
            padding_started = True
            pads += 1
            if quad_pos >= 2 and quad_pos + pads >= 4:
                # a complete final quad: anything after it is ignored (or an error when strict)
                if strict_mode and i + 1 < len(data):
                    raise Error('Excess data after padding')
                if quad_pos == 2:
                    out.append(acc >> 4)
                else:
                    out += bytes((acc >> 10, (acc >> 2) & 255))
                return bytes(out)
            continue
        v = values[c]
        if v == 255:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and padding_started:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        count += 1
        acc = (acc << 6) | v
        quad_pos += 1
        if quad_pos == 4:
            out += bytes((acc >> 16, (acc >> 8) & 255, acc & 255))
            acc = 0
            quad_pos = 0
    if quad_pos == 1:
        raise Error('Invalid base64-encoded string: number of data characters (%d) cannot be 1 more '
                    'than a multiple of 4' % count)
    if quad_pos != 0:
        raise Error('Incorrect padding')
    return bytes(out)


def _make_crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC_TABLE = _make_crc_table()


def crc32(data, crc=0, /):
    """The CRC-32 of data, continuing from a previous crc; an unsigned 32-bit int."""
    data = _binary_input(data)
    table = _CRC_TABLE
    c = (crc & 0xFFFFFFFF) ^ 0xFFFFFFFF
    for b in data:
        c = table[(c ^ b) & 0xFF] ^ (c >> 8)
    return c ^ 0xFFFFFFFF


def crc_hqx(data, crc, /):
    """The CRC-CCITT (XMODEM) of data, continuing from crc; a 16-bit int."""
    data = _binary_input(data)
    c = crc & 0xFFFF
    for b in data:
        c ^= b << 8
        for _ in range(8):
            c = ((c << 1) ^ 0x1021) & 0xFFFF if c & 0x8000 else (c << 1) & 0xFFFF
    return c
