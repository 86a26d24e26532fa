"""Base16, Base32 and Base64 encodings of binary data (RFC 4648), on top of binascii."""

import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes',
           'b64encode', 'b64decode', 'b32encode', 'b32decode', 'b32hexencode', 'b32hexdecode',
           'b16encode', 'b16decode', 'a85encode', 'a85decode', 'b85encode', 'b85decode', 'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode']

bytes_types = (bytes, bytearray)


def _bytes_from_decode_data(s):
    """The bytes a decoder works on: an ASCII str or any bytes-like object."""
    if isinstance(s, str):
        if not s.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return s.encode('ascii')
    if isinstance(s, bytes_types):
        return s
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError('argument should be a bytes-like object or ASCII string, not %r'
                        % s.__class__.__name__) from None


def b64encode(s, altchars=None):
    """Base64 of s; altchars (2 bytes) replaces '+' and '/'."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b'+/', altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Bytes from Base64; with validate, anything outside the alphabet is an error instead of skipped."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """Base64 with the standard alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Bytes from standard Base64."""
    return b64decode(s)


_urlsafe_encode = bytes.maketrans(b'+/', b'-_')
_urlsafe_decode = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    """Base64 with the URL- and filename-safe alphabet ('-' and '_')."""
    return b64encode(s).translate(_urlsafe_encode)


def urlsafe_b64decode(s):
    """Bytes from URL-safe Base64."""
    return b64decode(_bytes_from_decode_data(s).translate(_urlsafe_decode))


_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
# '=' characters that end a Base32 text whose last group holds 1, 2, 3 or 4 bytes
_B32_PADS = {1: 6, 2: 4, 3: 3, 4: 1}
# bytes in the last group, by the number of '=' that end it
_B32_TAIL = {1: 4, 3: 3, 4: 2, 6: 1}


def _b32encode(alphabet, s):
    if not isinstance(s, bytes_types):
        s = memoryview(s).tobytes()
    rest = len(s) % 5
    if rest:
        s = bytes(s) + bytes(5 - rest)
    out = bytearray()
    for i in range(0, len(s), 5):
        group = int.from_bytes(s[i:i + 5], 'big')
        out += bytes(alphabet[(group >> shift) & 31] for shift in range(35, -1, -5))
    if rest:
        pads = _B32_PADS[rest]
        out[-pads:] = b'=' * pads
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b'=')
    pads = len(s) - len(stripped)
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    group = 0
    for i in range(0, len(stripped), 8):
        group = 0
        for c in stripped[i:i + 8]:
            v = values.get(c)
            if v is None:
                raise binascii.Error('Non-base32 digit found')
            group = (group << 5) | v
        out += group.to_bytes(5, 'big')
    if pads not in (0, 1, 3, 4, 6):
        raise binascii.Error('Incorrect padding')
    if pads and out:
        # the last group was short: realign its bits and keep only the bytes it encodes
        last = (group << (5 * pads)).to_bytes(5, 'big')
        out[-5:] = last[:_B32_TAIL[pads]]
    return bytes(out)


def b32encode(s):
    """Base32 of s."""
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    """Bytes from Base32; casefold accepts lowercase, map01 maps digit 1 to a letter (0 to O)."""
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    """Base32 with the extended hex alphabet."""
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    """Bytes from Base32 with the extended hex alphabet."""
    return _b32decode(_B32HEX, s, casefold)


def b16encode(s):
    """Base16 (uppercase hex) of s."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Bytes from Base16; casefold accepts lowercase digits."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


_A85_START = b'<~'
_A85_END = b'~>'
_A85_ALPHABET = bytes(range(33, 118))
_B85_ALPHABET = b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~'


def _85encode(b, alphabet, pad=False, foldnuls=False, foldspaces=False):
    """Base-85 digits of each big-endian 32-bit word of b (zero-padded), 5 per word."""
    if not isinstance(b, bytes_types):
        b = memoryview(b).tobytes()
    padding = -len(b) % 4
    b = bytes(b) + bytes(padding)
    chunks = []
    for i in range(0, len(b), 4):
        word = int.from_bytes(b[i:i + 4], 'big')
        if foldnuls and not word:
            chunks.append(b'z')
        elif foldspaces and word == 0x20202020:
            chunks.append(b'y')
        else:
            chunks.append(bytes((alphabet[word // 52200625], alphabet[word // 614125 % 85],
                                 alphabet[word // 7225 % 85], alphabet[word // 85 % 85], alphabet[word % 85])))
    if padding and not pad:
        # a short last word keeps only the digits that carry its bytes ('z' is expanded first)
        if chunks[-1] == b'z':
            chunks[-1] = alphabet[:1] * 5
        chunks[-1] = chunks[-1][:-padding]
    return b''.join(chunks)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Ascii85 of b; 'z' stands for four zero bytes (and 'y' for four spaces with foldspaces).
    wrapcol splits lines, pad keeps a padded last group, adobe adds the <~ ~> framing."""
    result = _85encode(b, _A85_ALPHABET, pad, True, foldspaces)
    if adobe:
        result = _A85_START + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        lines = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe and len(lines[-1]) + 2 > wrapcol:
            lines.append(b'')
        result = b'\n'.join(lines)
    if adobe:
        result += _A85_END
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Bytes from Ascii85; characters in ignorechars are skipped."""
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(_A85_END):
            raise ValueError('Ascii85 encoded byte sequences must end with {!r}'.format(_A85_END))
        b = b[2:-2] if b.startswith(_A85_START) else b[:-2]
    out = bytearray()
    group = []
    # four 'u' (the largest digit) complete a short last group; the bytes they add are cut off below
    for c in b + b'uuuu':
        if 33 <= c <= 117:
            group.append(c)
            if len(group) == 5:
                acc = 0
                for digit in group:
                    acc = acc * 85 + (digit - 33)
                if acc > 0xFFFFFFFF:
                    raise ValueError('Ascii85 overflow')
                out += acc.to_bytes(4, 'big')
                group.clear()
        elif c == 122:  # 'z'
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += bytes(4)
        elif foldspaces and c == 121:  # 'y'
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    padding = 4 - len(group)
    if padding:
        del out[-padding:]
    return bytes(out)


def b85encode(b, pad=False):
    """Base85 (the git/Mercurial alphabet) of b; pad keeps a padded last group."""
    return _85encode(b, _B85_ALPHABET, pad)


_B85_VALUES = {c: i for i, c in enumerate(_B85_ALPHABET)}


def b85decode(b):
    """Bytes from Base85."""
    b = _bytes_from_decode_data(b)
    padding = -len(b) % 5
    b = b + b'~' * padding
    out = bytearray()
    for i in range(0, len(b), 5):
        acc = 0
        for j, c in enumerate(b[i:i + 5]):
            v = _B85_VALUES.get(c)
            if v is None:
                raise ValueError('bad base85 character at position %d' % (i + j))
            acc = acc * 85 + v
        if acc > 0xFFFFFFFF:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i)
        out += acc.to_bytes(4, 'big')
    if padding:
        del out[-padding:]
    return bytes(out)


MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _input_type_check(s):
    try:
        m = memoryview(s)
    except TypeError as err:
        raise TypeError('expected bytes-like object, not %s' % s.__class__.__name__) from err
    if m.format not in ('c', 'b', 'B'):
        raise TypeError('expected single byte elements, not %r from %s' % (m.format, s.__class__.__name__))
    if m.ndim != 1:
        raise TypeError('expected 1-D data, not %d-D data from %s' % (m.ndim, s.__class__.__name__))


def encodebytes(s):
    """Base64 in lines of at most 76 characters, each ending with a newline."""
    _input_type_check(s)
    return b''.join(binascii.b2a_base64(s[i:i + MAXBINSIZE]) for i in range(0, len(s), MAXBINSIZE))


def decodebytes(s):
    """Bytes from Base64 text of any number of lines."""
    _input_type_check(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    """Encodes the binary file input into Base64 lines written to the binary file output."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(s))
            if not more:
                break
            s += more
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """Decodes the Base64 lines of the binary file input into the binary file output."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
