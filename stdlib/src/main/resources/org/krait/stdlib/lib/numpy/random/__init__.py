"""numpy.random's legacy generator (RandomState): MT19937 seeded and turned into numbers as NumPy does, so a seeded
program draws the same numbers as under NumPy. The generator is the Mersenne Twister of random.Random (its core
_random), whose state is set the way NumPy seeds its own."""
import _random

import numpy as _np
from _numpy import _random_bounded, _random_doubles, _random_gauss

__all__ = ['RandomState', 'seed', 'random', 'random_sample', 'ranf', 'sample', 'rand', 'randn', 'randint',
           'random_integers', 'standard_normal', 'normal', 'uniform', 'choice', 'shuffle', 'permutation']

_N = 624


def _shape(size):
    if size is None:
        return None
    return (size,) if isinstance(size, int) else tuple(size)


def _count(shape):
    n = 1
    for d in shape:
        n *= d
    return n


class RandomState:
    """NumPy's legacy random number generator."""

    def __init__(self, seed=None):
        self._mt = _random.Random()
        self.seed(seed)

    def seed(self, seed=None):
        if seed is None:
            self._mt.seed()
        else:
            if isinstance(seed, float) or not isinstance(seed, int):
                raise TypeError('Cannot cast scalar from dtype(%r) to dtype(\'int64\') according to the rule '
                                '\'safe\'' % type(seed).__name__)
            if seed < 0 or seed > 2 ** 32 - 1:
                raise ValueError('Seed must be between 0 and 2**32 - 1')
            # NumPy seeds MT19937 with the reference init_genrand, not init_by_array as CPython does
            mt = [seed]
            for i in range(1, _N):
                prev = mt[-1]
                mt.append((1812433253 * (prev ^ (prev >> 30)) + i) & 0xffffffff)
            self._mt.setstate(tuple(mt) + (_N,))
        self._gauss = None

    @staticmethod
    def _shaped(values, shape):
        """The drawn values as an array of the requested shape, or as a number when no size was given."""
        return values[0] if shape is None else values.reshape(shape)

    def random_sample(self, size=None):
        shape = _shape(size)
        return self._shaped(_random_doubles(self._mt, 1 if shape is None else _count(shape)), shape)

    random = random_sample

    def rand(self, *dims):
        return self.random_sample(dims if dims else None)

    def standard_normal(self, size=None):
        return self.normal(0.0, 1.0, size)

    def randn(self, *dims):
        return self.standard_normal(dims if dims else None)

    def normal(self, loc=0.0, scale=1.0, size=None):
        if scale < 0:
            raise ValueError('scale < 0')
        shape = _shape(size)
        values, self._gauss = _random_gauss(self._mt, 1 if shape is None else _count(shape), loc, scale, self._gauss)
        return self._shaped(values, shape)

    def uniform(self, low=0.0, high=1.0, size=None):
        shape = _shape(size)
        return self._shaped(low + (high - low) * _random_doubles(self._mt, 1 if shape is None else _count(shape)),
                            shape)

    def _bounded(self, rng, n=1):
        """n uniform ints in [0, rng] (an int64 array)."""
        return _random_bounded(self._mt, rng, n)

    def randint(self, low, high=None, size=None, dtype=int):
        if high is None:
            low, high = 0, low
        if low >= high:
            raise ValueError('low >= high')
        rng = high - 1 - low
        shape = _shape(size)
        values = self._bounded(rng, 1 if shape is None else _count(shape)) + low
        return int(values[0]) if shape is None else values.astype(dtype).reshape(shape)

    def random_integers(self, low, high=None, size=None):
        if high is None:
            low, high = 1, low
        return self.randint(low, high + 1, size)

    def shuffle(self, x):
        n = len(x)
        for i in range(n - 1, 0, -1):
            j = int(self._bounded(i)[0])
            if isinstance(x, _np.ndarray) and x.ndim > 1:
                x[i], x[j] = x[j].copy(), x[i].copy()
            else:
                x[i], x[j] = x[j], x[i]

    def permutation(self, x):
        if isinstance(x, int):
            arr = _np.arange(x)
        else:
            arr = _np.array(x)
        self.shuffle(arr)
        return arr

    def choice(self, a, size=None, replace=True, p=None):
        pool = _np.arange(a) if isinstance(a, int) else _np.asarray(a)
        n = len(pool)
        if n == 0:
            raise ValueError("'a' cannot be empty unless no samples are taken")
        shape = _shape(size)
        count = 1 if shape is None else _count(shape)
        if p is not None:
            cdf = _np.cumsum(_np.asarray(p, dtype=float))
            cdf = cdf / cdf[-1]
        if replace:
            if p is not None:
                import bisect
                edges = cdf.tolist()
                idx = [bisect.bisect_right(edges, u) for u in self.random_sample(count).tolist()]
            else:
                idx = self._bounded(n - 1, count).tolist()
        else:
            if count > n:
                raise ValueError("Cannot take a larger sample than population when 'replace=False'")
            if p is not None:
                raise NotImplementedError("choice(replace=False, p=...) is not supported")
            idx = self.permutation(n)[:count].tolist()
        picked = pool[_np.array(idx, dtype=int)]
        return picked[0] if shape is None else picked.reshape(shape)


_rand = RandomState()
seed = _rand.seed
random_sample = random = ranf = sample = _rand.random_sample
rand = _rand.rand
randn = _rand.randn
randint = _rand.randint
random_integers = _rand.random_integers
standard_normal = _rand.standard_normal
normal = _rand.normal
uniform = _rand.uniform
choice = _rand.choice
shuffle = _rand.shuffle
permutation = _rand.permutation
