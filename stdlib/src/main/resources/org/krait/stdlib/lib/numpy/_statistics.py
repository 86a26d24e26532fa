"""Order statistics and weighted means: median, quantile, percentile (numpy's linear interpolation), average."""
from _numpy import asarray, isnan, mean, ndarray, sort, where
from numpy._shapes import stack

__all__ = ['average', 'median', 'quantile', 'percentile']

nan = float('nan')


def average(a, axis=None, weights=None):
    if weights is None:
        return mean(a, axis=axis)
    a = asarray(a)
    weights = asarray(weights)
    return (a * weights).sum(axis=axis) / weights.sum(axis=axis)


def _moved_last(a, axis):
    """a sorted along axis, that axis moved last (None: the flattened array)."""
    if axis is None:
        return sort(asarray(a), axis=None)
    a = asarray(a)
    axis = axis + a.ndim if axis < 0 else axis
    order = [d for d in range(a.ndim) if d != axis] + [axis]
    return sort(a.transpose(order), axis=-1)


def _lerp(a, b, t):
    # numpy's linear interpolation, exact at both ends
    diff = b - a
    return where(asarray(t) >= 0.5, b - diff * (1 - t), a + diff * t)


def quantile(a, q, axis=None):
    s = _moved_last(a, axis)
    n = s.shape[-1]
    if n == 0:
        raise IndexError('index -1 is out of bounds for axis 0 with size 0')
    qs = asarray(q, dtype=float)
    if ((qs < 0) | (qs > 1)).any():
        raise ValueError('Quantiles must be in the range [0, 1]')
    results = []
    for qv in qs.ravel().tolist():
        virtual = qv * (n - 1)
        lo = int(virtual // 1)
        hi = min(lo + 1, n - 1)
        value = _lerp(s[..., lo].astype(float), s[..., hi].astype(float), virtual - lo)
        if s.dtype.kind == 'f':
            value = where(isnan(s).any(axis=-1), nan, value)
        results.append(value)
    if qs.ndim == 0:
        r = results[0]
        return r.item() if isinstance(r, ndarray) and r.ndim == 0 else r
    return stack([asarray(r) for r in results]).reshape(qs.shape + asarray(results[0]).shape)


def percentile(a, q, axis=None):
    return quantile(a, asarray(q, dtype=float) / 100, axis=axis)


def median(a, axis=None):
    s = _moved_last(a, axis)
    if s.dtype.kind != 'f':
        s = s.astype(float)
    n = s.shape[-1]
    if n == 0:
        return nan
    mid = n // 2
    value = s[..., mid] if n % 2 else (s[..., mid - 1] + s[..., mid]) / 2
    value = where(isnan(s).any(axis=-1), nan, value)
    return value.item() if value.ndim == 0 else value
