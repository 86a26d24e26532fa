"""Mathematical statistics of numeric data (ints, floats, Fractions): averages, medians, modes, spread.

Sums are computed exactly with rational arithmetic, so results are correctly rounded once, at the end,
and come back in the type of the data (an int mean that is not whole becomes a float).
"""

import math
import random
from bisect import bisect_left, bisect_right
from collections import Counter, namedtuple
from fractions import Fraction
from functools import reduce
from itertools import groupby, repeat
from operator import mul

__all__ = ['StatisticsError', 'fmean', 'geometric_mean', 'harmonic_mean', 'mean', 'median', 'median_grouped',
           'median_high', 'median_low', 'mode', 'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev',
           'variance', 'covariance', 'correlation', 'linear_regression', 'NormalDist']


class StatisticsError(ValueError):
    pass


# ---- exact arithmetic helpers -------------------------------------------------------------------------

def _exact_ratio(x):
    """(numerator, denominator) of x exactly; (x, None) for an infinity or NaN."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator") from None


def _coerce(T, S):
    """The type a result of mixed data of types T and S takes (int yields to anything)."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _sum(data):
    """(type of the result, exact sum as a Fraction, count); the sum is a float if a value is not finite."""
    count = 0
    types = set()
    by_denominator = {}
    for typ, values in groupby(data, type):
        types.add(typ)
        for n, d in map(_exact_ratio, values):
            count += 1
            by_denominator[d] = by_denominator.get(d, 0) + n
    if None in by_denominator:
        total = by_denominator[None]
    else:
        total = sum(Fraction(n, d) for d, n in by_denominator.items())
    return (reduce(_coerce, types, int), total, count)


def _sum_of_squares(data, center=None):
    """(type, exact sum of squared deviations from center or from the exact mean, that center, count)."""
    if center is not None:
        T, ssd, count = _sum((d := x - center) * d for x in data)
        return (T, ssd, center, count)
    count = 0
    types = set()
    sx = {}
    sxx = {}
    for typ, values in groupby(data, type):
        types.add(typ)
        for n, d in map(_exact_ratio, values):
            count += 1
            sx[d] = sx.get(d, 0) + n
            sxx[d] = sxx.get(d, 0) + n * n
    if not count:
        ssd = center = Fraction(0)
    elif None in sx:
        ssd = center = sx[None]
    else:
        # sum((x - mean)**2) == (n * sum(x*x) - sum(x)**2) / n, exactly
        total = sum(Fraction(n, d) for d, n in sx.items())
        squares = sum(Fraction(n, d * d) for d, n in sxx.items())
        ssd = (count * squares - total * total) / count
        center = total / count
    return (reduce(_coerce, types, int), ssd, center, count)


def _convert(value, T):
    """The exact value in the data's type T (float for a non-whole value of int data)."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    return T(value)


def _fail_neg(values, errmsg):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


def _sqrt_rounded_to_odd(n, m):
    """isqrt(n / m) with its last bit set when inexact, so that one final rounding is correct."""
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


_SQRT_BITS = 2 * 53 + 3


def _float_sqrt_of_frac(n, m):
    """The square root of n/m as a correctly rounded float."""
    q = (n.bit_length() - m.bit_length() - _SQRT_BITS) // 2
    if q >= 0:
        return (_sqrt_rounded_to_odd(n, m << 2 * q) << q) / 1
    return _sqrt_rounded_to_odd(n << -2 * q, m) / (1 << -q)


# ---- averages -------------------------------------------------------------------------------------------

def mean(data):
    """The arithmetic mean, exact then rounded once."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    """The mean as a float, fast; optionally weighted."""
    try:
        n = len(data)
    except TypeError:
        n = 0

        def counted(iterable):
            nonlocal n
            for n, x in enumerate(iterable, start=1):
                yield x
        data = counted(data)
    if weights is None:
        total = math.fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    try:
        num_weights = len(weights)
    except TypeError:
        weights = list(weights)
        num_weights = len(weights)
    num = math.fsum(map(mul, data, weights))
    if n != num_weights:
        raise StatisticsError('data and weights must be the same length')
    den = math.fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    """The geometric mean (the n-th root of the product) as a float."""
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """The harmonic mean (the reciprocal of the mean of reciprocals); 0 if a value is 0."""
    if iter(data) is data:
        data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float, Fraction)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = repeat(1, n)
        sum_weights = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        _, sum_weights, _ = _sum(w for w in _fail_neg(weights, errmsg))
    try:
        data = _fail_neg(data, errmsg)
        T, total, count = _sum(w / x if w else 0 for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(sum_weights / total, T)


# ---- medians, modes, quantiles --------------------------------------------------------------------------

def median(data):
    """The middle value, or the mean of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    return (data[n // 2 - 1] + data[n // 2]) / 2


def median_low(data):
    """The middle value, or the smaller of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2] if n % 2 == 1 else data[n // 2 - 1]


def median_high(data):
    """The middle value, or the larger of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """The median of data grouped in classes of width interval centred on the values (interpolated)."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError('no median for empty data')
    x = data[n // 2]
    below = bisect_left(data, x)
    upto = bisect_right(data, x, lo=below)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower_limit = x - interval / 2.0
    return lower_limit + interval * (n / 2 - below) / (upto - below)


def mode(data):
    """The most common value (the first one seen among equally common values)."""
    pairs = Counter(iter(data)).most_common(1)
    if not pairs:
        raise StatisticsError('no mode for empty data')
    return pairs[0][0]


def multimode(data):
    """The list of the most common values, in order of first appearance."""
    counts = Counter(iter(data))
    if not counts:
        return []
    most = max(counts.values())
    return [value for value, count in counts.items() if count == most]


def quantiles(data, *, n=4, method='exclusive'):
    """The n-1 cut points dividing data into n intervals of equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    result = []
    if method == 'inclusive':
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        for i in range(1, n):
            j = min(max(i * m // n, 1), ld - 1)
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError(f'Unknown method: {method!r}')


# ---- spread ---------------------------------------------------------------------------------------------

def variance(data, xbar=None):
    """The sample variance (divided by n - 1); xbar is the mean if already known."""
    T, ss, _, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """The population variance (divided by n); mu is the mean if already known."""
    T, ss, _, n = _sum_of_squares(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    """The sample standard deviation, a correctly rounded float."""
    T, ss, _, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = ss / (n - 1)
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)


def pstdev(data, mu=None):
    """The population standard deviation, a correctly rounded float."""
    T, ss, _, n = _sum_of_squares(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    mss = ss / n
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)


def _mean_stdev(data):
    """(mean, sample standard deviation) as floats, for NormalDist.from_samples."""
    T, ss, xbar, n = _sum_of_squares(data)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = ss / (n - 1)
    try:
        return float(xbar), _float_sqrt_of_frac(mss.numerator, mss.denominator)
    except AttributeError:
        # infinities or NaNs among the data
        return float(xbar), float(xbar) / float(ss)


# ---- two variables ----------------------------------------------------------------------------------------

def _paired(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError(f'{what} requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError(f'{what} requires at least two data points')
    return n


def covariance(x, y, /):
    """The sample covariance of two equally long inputs."""
    n = _paired(x, y, 'covariance')
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    return math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)) / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two equally long inputs, in [-1, 1]."""
    n = _paired(x, y, 'correlation')
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = math.fsum((d := xi - xbar) * d for xi in x)
    syy = math.fsum((d := yi - ybar) * d for yi in y)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """The least-squares line y = slope * x + intercept (through the origin if proportional)."""
    n = _paired(x, y, 'linear regression')
    if proportional:
        sxy = math.fsum(xi * yi for xi, yi in zip(x, y))
        sxx = math.fsum(xi * xi for xi in x)
    else:
        xbar = math.fsum(x) / n
        ybar = math.fsum(y) / n
        sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = math.fsum((d := xi - xbar) * d for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# ---- the normal distribution ----------------------------------------------------------------------------

# Wichura's algorithm AS241 (PPND16, Applied Statistics 37, 1988): rational approximations of the normal
# quantile function, accurate to about 1e-16, as numerator and denominator coefficients, highest power first.
_CENTRAL = ((2509.0809287301226727, 33430.575583588128105, 67265.770927008700853, 45921.953931549871457,
             13731.693765509461125, 1971.5909503065514427, 133.14166789178437745, 3.387132872796366608),
            (5226.495278852854561, 28729.085735721942674, 39307.89580009271061, 21213.794301586595867,
             5394.1960214247511077, 687.1870074920579083, 42.313330701600911252, 1.0))
_NEAR_TAIL = ((7.7454501427834140764e-4, 0.0227238449892691845833, 0.24178072517745061177,
               1.27045825245236838258, 3.64784832476320460504, 5.7694972214606914055, 4.6303378461565452959,
               1.42343711074968357734),
              (1.05075007164441684324e-9, 5.475938084995344946e-4, 0.0151986665636164571966,
               0.14810397642748007459, 0.68976733498510000455, 1.6763848301838038494, 2.05319162663775882187,
               1.0))
_FAR_TAIL = ((2.01033439929228813265e-7, 2.71155556874348757815e-5, 0.0012426609473880784386,
              0.026532189526576123093, 0.29656057182850489123, 1.7848265399172913358, 5.4637849111641143699,
              6.6579046435011037772),
             (2.04426310338993978564e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5,
              7.868691311456132591e-4, 0.0148753612908506148525, 0.13692988092273580531,
              0.59983220655588793769, 1.0))


def _horner(coefficients, r):
    acc = coefficients[0]
    for c in coefficients[1:]:
        acc = acc * r + c
    return acc


def _normal_dist_inv_cdf(p, mu, sigma):
    q = p - 0.5
    if math.fabs(q) <= 0.425:
        r = 0.180625 - q * q
        num, den = _CENTRAL
        return mu + (_horner(num, r) * q / _horner(den, r)) * sigma
    r = math.sqrt(-math.log(p if q <= 0.0 else 1.0 - p))
    if r <= 5.0:
        r -= 1.6
        num, den = _NEAR_TAIL
    else:
        r -= 5.0
        num, den = _FAR_TAIL
    x = _horner(num, r) / _horner(den, r)
    if q < 0.0:
        x = -x
    return mu + (x * sigma)


_SQRT2 = math.sqrt(2.0)


class NormalDist:
    """A normal distribution of mean mu and standard deviation sigma."""

    __slots__ = {'_mu': 'Arithmetic mean of a normal distribution',
                 '_sigma': 'Standard deviation of a normal distribution'}

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        """The normal distribution estimated from sample data."""
        return cls(*_mean_stdev(data))

    def samples(self, n, *, seed=None):
        """n random values from the distribution (reproducible with seed)."""
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        return [gauss(self._mu, self._sigma) for _ in range(n)]

    def pdf(self, x):
        """The probability density at x."""
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return math.exp(diff * diff / (-2.0 * variance)) / math.sqrt(math.tau * variance)

    def cdf(self, x):
        """The probability of a value at most x."""
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        """The value x with cdf(x) == p."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return _normal_dist_inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        """The n-1 cut points dividing the distribution into n intervals of equal probability."""
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """The area shared by the two probability density functions, in [0, 1]."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        X, Y = self, other
        if (Y._sigma, Y._mu) < (X._sigma, X._mu):
            X, Y = Y, X
        X_var, Y_var = X.variance, Y.variance
        if not X_var or not Y_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = Y_var - X_var
        dm = math.fabs(Y._mu - X._mu)
        if not dv:
            return 1.0 - math.erf(dm / (2.0 * X._sigma * _SQRT2))
        # the densities cross at x1 and x2
        a = X._mu * Y_var - Y._mu * X_var
        b = X._sigma * Y._sigma * math.sqrt(dm * dm + dv * math.log(Y_var / X_var))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (math.fabs(Y.cdf(x1) - X.cdf(x1)) + math.fabs(Y.cdf(x2) - X.cdf(x2)))

    def zscore(self, x):
        """How many standard deviations x is above the mean."""
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * math.fabs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / math.fabs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'

    def __getstate__(self):
        return (self._mu, self._sigma)

    def __setstate__(self, state):
        self._mu, self._sigma = state
