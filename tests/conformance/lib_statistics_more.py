import statistics as st

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(st.covariance(x, y), st.covariance(z, x), st.covariance([1.5, 2.5], [3.25, 0.5]))
print(st.correlation(x, x), st.correlation(x, z), st.correlation(x, y))
r = st.linear_regression([1, 2, 3, 4, 5], [3.1, 4.9, 7.2, 8.8, 11.1])
print(r, r.slope, r.intercept, type(r).__name__)
print(st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))
for f, args in [(st.covariance, ([1], [2])), (st.covariance, ([1, 2], [1])), (st.correlation, ([1, 1], [1, 2])),
                (st.linear_regression, ([2, 2], [1, 3])), (st.correlation, ([1], [2, 3]))]:
    try:
        f(*args)
    except st.StatisticsError as e:
        print('StatisticsError:', e)

n = st.NormalDist(100, 15)
print(n, n.mean, n.median, n.mode, n.stdev, n.variance)
print(n.pdf(100), n.pdf(130), n.cdf(100), n.cdf(85), n.cdf(145.5))
for p in [0.5, 0.025, 0.975, 0.3, 0.7, 0.01, 1e-5, 1e-20, 0.999999]:
    print(p, repr(n.inv_cdf(p)), repr(st.NormalDist().inv_cdf(p)))
print(n.quantiles(), st.NormalDist().quantiles(10))
print(n.zscore(130), n.overlap(st.NormalDist(110, 15)), n.overlap(st.NormalDist(120, 10)), n.overlap(n))
print(n + 10, n - 5, n * 2, n / 4, -n, +n, 3 * n, 10 - n, n + st.NormalDist(0, 20), n - st.NormalDist(1, 20))
print(n == st.NormalDist(100.0, 15.0), n == 100, hash(n) == hash(st.NormalDist(100, 15)))
print(st.NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]))
print(st.NormalDist.from_samples([1, 2, 3, 4]))
print([round(v, 9) for v in st.NormalDist(0, 1).samples(3, seed=42)])
print(len(n.samples(5)))
for f in [lambda: st.NormalDist(0, -1), lambda: st.NormalDist(0, 0).pdf(1), lambda: st.NormalDist(0, 0).cdf(1),
          lambda: n.inv_cdf(0), lambda: n.inv_cdf(1.5), lambda: st.NormalDist(0, 0).zscore(1),
          lambda: st.NormalDist.from_samples([1])]:
    try:
        f()
    except st.StatisticsError as e:
        print('StatisticsError:', e)
try:
    n.overlap(5)
except TypeError as e:
    print('TypeError:', e)
print(st.NormalDist.from_samples(iter([1, 2, 3, 4])), st.variance(iter([1, 2, 4])), st.pstdev(iter([1.5, 2.5])))
