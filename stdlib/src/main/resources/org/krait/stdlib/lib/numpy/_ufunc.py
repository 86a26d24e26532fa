"""numpy's ufunc objects: the element-wise functions of _numpy with their methods reduce, accumulate and outer."""
import _numpy


def _front(a, axis):
    """a with axis moved first."""
    axis = axis + a.ndim if axis < 0 else axis
    return a.transpose([axis] + [d for d in range(a.ndim) if d != axis])


def _unfront(a, axis):
    """The inverse of _front."""
    axis = axis + a.ndim if axis < 0 else axis
    order = [d for d in range(1, a.ndim)]
    order.insert(axis, 0)
    return a.transpose(order)


class ufunc:
    """An element-wise function of nin arrays (broadcast together), as numpy.ufunc."""

    def __init__(self, function, name, nin, identity=None):
        self._function = function
        self.__name__ = name
        self.nin = nin
        self.nout = 1
        self.nargs = nin + 1
        self.identity = identity

    def __repr__(self):
        return "<ufunc '%s'>" % self.__name__

    def __call__(self, *args, out=None, **kwargs):
        if kwargs:
            raise TypeError("%s() got an unexpected keyword argument '%s'" % (self.__name__, next(iter(kwargs))))
        if len(args) != self.nin:
            raise TypeError('%s() takes from %d to %d positional arguments but %d were given'
                            % (self.__name__, self.nin, self.nin + 1, len(args)))
        result = self._function(*args)
        if out is not None:
            out[...] = result
            return out
        return result

    def _binary(self, method):
        if self.nin != 2:
            raise ValueError('%s only supported for binary functions' % method)

    def reduce(self, array, axis=0):
        """Applies the function along an axis: ((a[0] op a[1]) op a[2]) ..."""
        self._binary('reduce')
        a = _numpy.asarray(array)
        fast = _REDUCTIONS.get(self.__name__)
        if fast is not None:
            return fast(a, axis=axis)
        if axis is None:
            a = a.ravel()
            axis = 0
        moved = _front(a, axis) if a.ndim > 1 else a
        if len(moved) == 0:
            if self.identity is None:
                raise ValueError('zero-size array to reduction operation %s which has no identity' % self.__name__)
            return _numpy.full(moved.shape[1:], self.identity) if moved.ndim > 1 else self.identity
        result = moved[0]
        for item in moved[1:]:
            result = self._function(result, item)
        return result

    def accumulate(self, array, axis=0):
        """The running results of reduce along an axis."""
        self._binary('accumulate')
        a = _numpy.asarray(array)
        if self.__name__ == 'add':
            return _numpy.cumsum(a, axis=axis)
        if self.__name__ == 'multiply':
            return _numpy.cumprod(a, axis=axis)
        moved = _front(a, axis) if a.ndim > 1 else a
        out = moved.copy()
        for i in range(1, len(out)):
            out[i] = self._function(out[i - 1], moved[i])
        return _unfront(out, axis) if a.ndim > 1 else out

    def outer(self, a, b):
        """The function of every pair: result[i..., j...] = f(a[i...], b[j...])."""
        self._binary('outer')
        a = _numpy.asarray(a)
        b = _numpy.asarray(b)
        return self._function(a.reshape(a.shape + (1,) * b.ndim), b)


_REDUCTIONS = {'add': _numpy.sum, 'multiply': _numpy.prod, 'minimum': _numpy.min, 'maximum': _numpy.max,
               'logical_and': _numpy.all, 'logical_or': _numpy.any}
