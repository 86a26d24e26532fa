"""Joining arrays and rearranging their axes: concatenate, stack, vstack, hstack, moveaxis, expand_dims, squeeze."""
from _numpy import AxisError, asarray, empty, result_type

__all__ = ['concatenate', 'stack', 'vstack', 'hstack', 'atleast_1d', 'moveaxis', 'expand_dims', 'squeeze']


def concatenate(arrays, axis=0):
    arrays = [asarray(a) for a in arrays]
    if not arrays:
        raise ValueError('need at least one array to concatenate')
    first = arrays[0]
    if first.ndim == 0:
        raise ValueError('zero-dimensional arrays cannot be concatenated')
    if axis is None:
        arrays = [a.ravel() for a in arrays]
        axis = 0
        first = arrays[0]
    if axis < 0:
        axis += first.ndim
    if not 0 <= axis < first.ndim:
        raise AxisError('axis %d is out of bounds for array of dimension %d' % (axis, first.ndim))
    shape = list(first.shape)
    total = 0
    for i, a in enumerate(arrays):
        if a.ndim != first.ndim:
            raise ValueError('all the input array dimensions except for the concatenation axis must match '
                             'exactly, but along dimension 0, the array at index 0 has %d dimension(s) and the '
                             'array at index %d has %d dimension(s)' % (first.ndim, i, a.ndim))
        for d in range(first.ndim):
            if d != axis and a.shape[d] != shape[d]:
                raise ValueError('all the input array dimensions except for the concatenation axis must match '
                                 'exactly, but along dimension %d, the array at index 0 has size %d and the array '
                                 'at index %d has size %d' % (d, shape[d], i, a.shape[d]))
        total += a.shape[axis]
    shape[axis] = total
    out = empty(tuple(shape), dtype=result_type(*arrays))
    index = [slice(None)] * first.ndim
    start = 0
    for a in arrays:
        index[axis] = slice(start, start + a.shape[axis])
        out[tuple(index)] = a
        start += a.shape[axis]
    return out


def stack(arrays, axis=0):
    arrays = [asarray(a) for a in arrays]
    if not arrays:
        raise ValueError('need at least one array to stack')
    shape = arrays[0].shape
    for a in arrays:
        if a.shape != shape:
            raise ValueError('all input arrays must have the same shape')
    nd = len(shape) + 1
    if axis < 0:
        axis += nd
    index = (slice(None),) * axis + (None,)
    return concatenate([a[index] for a in arrays], axis=axis)


def vstack(tup):
    return concatenate([a if a.ndim >= 2 else a.reshape(1, -1) for a in map(asarray, tup)], axis=0)


def hstack(tup):
    arrays = [asarray(a) for a in tup]
    return concatenate(arrays, axis=0 if arrays and arrays[0].ndim == 1 else 1)


def atleast_1d(a):
    a = asarray(a)
    return a.reshape(1) if a.ndim == 0 else a


def moveaxis(a, source, destination):
    a = asarray(a)
    source = source + a.ndim if source < 0 else source
    destination = destination + a.ndim if destination < 0 else destination
    order = [d for d in range(a.ndim) if d != source]
    order.insert(destination, source)
    return a.transpose(order)


def expand_dims(a, axis):
    a = asarray(a)
    if axis < 0:
        axis += a.ndim + 1
    return a.reshape(a.shape[:axis] + (1,) + a.shape[axis:])


def squeeze(a):
    a = asarray(a)
    return a.reshape(tuple(n for n in a.shape if n != 1))
