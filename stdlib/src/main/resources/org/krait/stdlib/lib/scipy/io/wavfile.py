"""scipy.io.wavfile: WAV files to and from numpy arrays (PCM 8/16/24/32-bit and IEEE float 32/64-bit), laid out as
SciPy reads and writes them."""
import struct
import warnings

import numpy

__all__ = ['WavFileWarning', 'read', 'write']

_PCM = 0x0001
_IEEE_FLOAT = 0x0003
_EXTENSIBLE = 0xFFFE


class WavFileWarning(UserWarning):
    pass


def _open(filename, mode):
    if hasattr(filename, 'read' if 'r' in mode else 'write'):
        return filename, False
    return open(filename, mode), True


def read(filename, mmap=False):
    """Returns (rate, data): data is 1-D for one channel, else (samples, channels)."""
    if mmap:
        raise NotImplementedError('mmap=True is not supported')
    fid, own = _open(filename, 'rb')
    try:
        riff = fid.read(4)
        if riff not in (b'RIFF', b'RIFX'):
            raise ValueError(f"File format {repr(riff)} not understood. Only 'RIFF' and 'RIFX' supported.")
        if riff == b'RIFX':
            raise NotImplementedError('big-endian (RIFX) files are not supported')
        file_size = struct.unpack('<I', fid.read(4))[0] + 8
        wave = fid.read(4)
        if wave != b'WAVE':
            raise ValueError(f'Not a WAV file. RIFF form type is {repr(wave)}.')
        fmt = None
        data = None
        while fid.tell() < file_size:
            chunk_id = fid.read(4)
            if not chunk_id:
                break
            if len(chunk_id) < 4 or len(size_bytes := fid.read(4)) < 4:
                raise ValueError('Unexpected end of file.')
            size = struct.unpack('<I', size_bytes)[0]
            body = fid.read(size)
            if size % 2:
                fid.read(1)  # chunks are padded to an even size
            if chunk_id == b'fmt ':
                fmt = _format(body)
            elif chunk_id == b'data':
                if fmt is None:
                    raise ValueError('No fmt chunk before data')
                data = _samples(body, fmt)
            elif chunk_id not in (b'fact', b'LIST', b'JUNK', b'Fake'):
                warnings.warn('Chunk (non-data) not understood, skipping it.', WavFileWarning, stacklevel=2)
        if data is None:
            raise ValueError('No data chunk found')
        return fmt[2], data
    finally:
        if own:
            fid.close()


def _format(body):
    if len(body) < 16:
        raise ValueError('Binary structure of wave file is not compliant')
    tag, channels, rate, _, block_align, bits = struct.unpack('<HHIIHH', body[:16])
    if tag == _EXTENSIBLE and len(body) >= 26:
        tag = struct.unpack('<H', body[24:26])[0]
    if tag not in (_PCM, _IEEE_FLOAT):
        raise ValueError(f'Unknown wave file format: {tag}. Supported formats: PCM, IEEE_FLOAT')
    return tag, channels, rate, block_align, bits


def _samples(body, fmt):
    tag, channels, _, block_align, bits = fmt
    size = bits // 8
    if tag == _PCM:
        if bits == 8:
            dtype = numpy.uint8
        elif bits in (16, 32, 64):
            dtype = {16: numpy.int16, 32: numpy.int32, 64: numpy.int64}[bits]
        elif bits == 24:
            raw = numpy.frombuffer(body[:len(body) // 3 * 3], dtype=numpy.uint8).astype(numpy.int32)
            # left-justified in int32, as SciPy does
            data = (raw[2::3] << 24) | (raw[1::3] << 16) | (raw[0::3] << 8)
            return data if channels == 1 else data.reshape(-1, channels)
        else:
            raise ValueError(f'Unsupported bit depth: the WAV file has {bits}-bit integer data.')
    elif bits in (32, 64):
        dtype = numpy.float32 if bits == 32 else numpy.float64
    else:
        raise ValueError(f'Unsupported bit depth: the WAV file has {bits}-bit floating-point data.')
    count = len(body) // size
    data = numpy.frombuffer(body, dtype=dtype, count=count)
    if channels > 1:
        data = data[:count // channels * channels].reshape(-1, channels)
    return data


def write(filename, rate, data):
    """Writes a numpy array as a WAV file: integer arrays as PCM, float arrays as IEEE float."""
    data = numpy.asarray(data)
    kind = data.dtype.kind
    if not (kind == 'i' or kind == 'f' or (kind == 'u' and data.dtype.itemsize == 1)):
        raise ValueError(f"Unsupported data type '{data.dtype}'")
    channels = 1 if data.ndim == 1 else data.shape[1]
    bits = data.dtype.itemsize * 8
    block_align = channels * (bits // 8)
    fmt = struct.pack('<HHIIHH', _IEEE_FLOAT if kind == 'f' else _PCM, channels, rate, rate * block_align,
                      block_align, bits)
    header = b'RIFF' + b'\x00\x00\x00\x00' + b'WAVE' + b'fmt '
    if kind == 'f':
        fmt += b'\x00\x00'  # cbSize, for formats other than PCM
    header += struct.pack('<I', len(fmt)) + fmt
    if kind == 'f':
        header += b'fact' + struct.pack('<II', 4, data.shape[0])
    if (len(header) - 8) + (8 + data.nbytes) > 0xFFFFFFFF:
        raise ValueError('Data exceeds wave file size limit')
    payload = data.tobytes()
    whole = header + b'data' + struct.pack('<I', data.nbytes) + payload
    whole = whole[:4] + struct.pack('<I', len(whole) - 8) + whole[8:]
    fid, own = _open(filename, 'wb')
    try:
        fid.write(whole)
    finally:
        if own:
            fid.close()
