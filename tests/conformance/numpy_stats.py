# median, percentile and quantile (linear interpolation), whole-array and along an axis, with NaN.
import numpy as np
a = np.array([3, 1, 4, 1, 5, 9, 2, 6])
f = np.array([[1.5, 2.5, 10.0], [4.0, 0.5, 3.0]])
print(np.median(a), np.median(f), np.median(f, axis=0), np.median(f, axis=1), np.median([1, 2, 3]), np.median(np.array([1.0, np.nan])))
print(np.percentile(a, 50), np.percentile(a, [25, 75]), np.percentile(f, 30, axis=1), np.quantile(a, 0.9), np.quantile(f, [0.1, 0.5], axis=0))
print(np.percentile(np.arange(11), 33), np.quantile(np.array([1.0, 2.0]), 0.5), type(np.median(a)).__name__ in ('float', 'float64'))
