"""Print options as a context manager, and the repr/str functions."""
from _numpy import asarray, get_printoptions, set_printoptions

__all__ = ['printoptions', 'array_repr', 'array_str']


class printoptions:
    """with np.printoptions(precision=3): ... sets print options for the block."""

    def __init__(self, **options):
        self._options = options

    def __enter__(self):
        self._saved = get_printoptions()
        set_printoptions(**self._options)
        return get_printoptions()

    def __exit__(self, *exc):
        saved = self._saved
        set_printoptions(precision=saved['precision'], threshold=saved['threshold'],
                         edgeitems=saved['edgeitems'], linewidth=saved['linewidth'], suppress=saved['suppress'])
        return False


def array_repr(arr):
    return repr(asarray(arr))


def array_str(a):
    return str(asarray(a))
