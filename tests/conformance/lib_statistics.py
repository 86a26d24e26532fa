import statistics as st
from fractions import Fraction as F

datasets = [
    [1, 2, 3, 4, 4],
    [2.5, 3.25, 5.5, 11.25, 11.75],
    [0.1] * 10,
    [F(1, 2), F(3, 4), F(5, 4)],
    [1, 2.5, F(1, 4)],
    [1e100, 1e100, -1e100, 3.0],
    [10 ** 30, 10 ** 30 + 1, 10 ** 30 + 2],
    [True, False, True],
    [-5, 7, 2, 0, 11, -3],
    [3, 3, 3],
]
for data in datasets:
    print('data', data)
    print('  mean', repr(st.mean(data)), 'median', repr(st.median(data)),
          'low', repr(st.median_low(data)), 'high', repr(st.median_high(data)))
    print('  pvariance', repr(st.pvariance(data)), 'pstdev', repr(st.pstdev(data)))
    print('  variance', repr(st.variance(data)), 'stdev', repr(st.stdev(data)))
    print('  fmean', repr(st.fmean(data)), 'mode', repr(st.mode(data)), 'multimode', st.multimode(data))

print(st.mean(iter([1, 2, 3, 4])), st.mean(range(1, 10)), st.mean([1, 2]), type(st.mean([1, 3])).__name__)
print(st.fmean(iter([1, 2, 3])), st.fmean([1, 2, 3], weights=[0.25, 0.5, 0.25]), st.fmean((x for x in [3.5, 4.5])))
print(repr(st.geometric_mean([54, 24, 36])), repr(st.geometric_mean([1, 10, 100])))
print(repr(st.harmonic_mean([40, 60])), repr(st.harmonic_mean([60, 40], weights=[5, 30])),
      repr(st.harmonic_mean([2.5, 3, 10])), st.harmonic_mean([1, 0, 5]), st.harmonic_mean([7]),
      st.harmonic_mean([F(1, 2), F(1, 3)]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=1),
      st.median_grouped([1, 3, 3, 5, 7], interval=2), st.median_grouped([5]), st.median_grouped([1.5, 2.5, 2.5, 4]))
print(st.mode('aabbbcc'), st.mode(['red', 'blue', 'blue', 'red']), st.multimode('aabbbbccddddeeffffgg'), st.multimode(''))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91], n=10))
print(st.quantiles(range(1, 11)), st.quantiles(range(1, 11), method='inclusive'), st.quantiles([1.5, 2.5], n=3))
print(st.quantiles([1, 2, 3, 4, 5], n=1), st.quantiles([F(1, 3), F(2, 3), 1], n=4))
print(st.variance([1, 2, 3, 4], xbar=2.5), st.pvariance([1, 2, 3, 4], mu=2), st.stdev([F(1), F(2), F(4)]))
print(repr(st.pvariance([1.5, float('inf')])), repr(st.mean([1, float('nan')])), repr(st.mean([1.0, float('inf')])))

def attempt(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('mean empty', st.mean, [])
attempt('fmean empty', st.fmean, [])
attempt('fmean weights', st.fmean, [1, 2], weights=[1])
attempt('fmean zero weights', st.fmean, [1, 2], weights=[0, 0])
attempt('geometric', st.geometric_mean, [1, -2])
attempt('harmonic empty', st.harmonic_mean, [])
attempt('harmonic neg', st.harmonic_mean, [1, -2])
attempt('harmonic weights', st.harmonic_mean, [1, 2], weights=[1])
attempt('median empty', st.median, [])
attempt('median_low empty', st.median_low, [])
attempt('median_grouped empty', st.median_grouped, [])
attempt('mode empty', st.mode, [])
attempt('quantiles n', st.quantiles, [1, 2], n=0)
attempt('quantiles one', st.quantiles, [1])
attempt('quantiles method', st.quantiles, [1, 2], method='odd')
attempt('variance one', st.variance, [1])
attempt('stdev one', st.stdev, [1])
attempt('pvariance empty', st.pvariance, [])
attempt('pstdev empty', st.pstdev, [])
attempt('mean str', st.mean, ['a', 'b'])
attempt('mean mixed', st.mean, [1.5, 2j])
print(issubclass(st.StatisticsError, ValueError), st.StatisticsError.__name__)
