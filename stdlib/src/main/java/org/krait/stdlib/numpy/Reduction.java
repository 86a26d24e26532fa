package org.krait.stdlib.numpy;

import org.krait.jit.types.Scalar;
import org.krait.runtime.PyErrors;

/**
 * Reductions ({@code sum}, {@code prod}, {@code min}, {@code max}, {@code mean}, {@code std}, {@code var},
 * {@code argmin}, {@code argmax}, {@code any}, {@code all}) over the whole array or along one axis, with the GIL
 * released for large arrays. Float sums are pairwise, as numpy's, so they round as numpy's do.
 */
enum Reduction {
    SUM, PROD, MIN, MAX, MEAN, STD, VAR, ARGMIN, ARGMAX, ANY, ALL;

    /** The dtype of the result for elements of {@code t}. */
    Scalar resultType(Scalar t) {
        return switch (this) {
            case SUM, PROD -> t.kind() == Scalar.Kind.FLOAT ? t : t.kind() == Scalar.Kind.UINT ? Scalar.UINT64
                    : Scalar.INT64;
            case MIN, MAX -> t;
            case MEAN, STD, VAR -> t.kind() == Scalar.Kind.FLOAT ? t : Scalar.FLOAT64;
            case ARGMIN, ARGMAX -> Scalar.INT64;
            case ANY, ALL -> Scalar.BOOL;
        };
    }

    private boolean floatLane(Scalar t) {
        return Storage.isFloat(t) || this == MEAN || this == STD || this == VAR;
    }

    /** The reduction of all elements (a Python scalar), or along {@code axis} (an array); {@code ddof} for std/var. */
    Object apply(PyNDArray a, Integer axis, long ddof) {
        if (axis == null || a.ndim() == 0) {
            return Released.run(a.size(), () -> {
                checkNotEmpty(a.size());
                Object v = floatLane(a.dtype()) ? ofDoubles(Lanes.doubles(a, a.shape()), 0, (int) a.size(), ddof)
                        : ofLongs(Lanes.longs(a, a.shape()), 0, (int) a.size());
                return typed(v, a.dtype());
            });
        }
        int ax = axis < 0 ? axis + a.ndim() : axis;
        if (ax < 0 || ax >= a.ndim()) {
            throw NumpyTypes.axisError(axis, a.ndim());
        }
        PyNDArray v = Conversions.axisLast(a, ax);
        int m = (int) a.shape()[ax];
        long[] outer = java.util.Arrays.copyOf(v.shape(), a.ndim() - 1);
        checkNotEmpty(m);
        Scalar rt = resultType(a.dtype());
        PyNDArray out = PyNDArray.zeros(rt, outer);
        return Released.run(a.size(), () -> {
            // the elements along the axis, contiguous per output element
            if (floatLane(a.dtype())) {
                double[] lane = Lanes.doubles(v, v.shape());
                for (int j = 0; j < out.size(); j++) {
                    Creation.store(rt, out.data(), j, typed(ofDoubles(lane, j * m, m, ddof), a.dtype()));
                }
            } else {
                long[] lane = Lanes.longs(v, v.shape());
                for (int j = 0; j < out.size(); j++) {
                    Creation.store(rt, out.data(), j, typed(ofLongs(lane, j * m, m), a.dtype()));
                }
            }
            return out.ndim() == 0 ? Scalars.item(out, 0) : out;
        });
    }

    private void checkNotEmpty(long n) {
        if (n > 0) {
            return;
        }
        switch (this) {
            case MIN, MAX -> throw PyErrors.valueError("zero-size array to reduction operation "
                    + (this == MIN ? "minimum" : "maximum") + " which has no identity");
            case ARGMIN, ARGMAX -> throw PyErrors.valueError("attempt to get " + name().toLowerCase()
                    + " of an empty sequence");
            default -> {
            }
        }
    }

    /** A Python value of the result type: bools for bool min/max. */
    private Object typed(Object v, Scalar t) {
        if (resultType(t) == Scalar.BOOL && v instanceof Long l) {
            return l != 0;
        }
        if (resultType(t) == Scalar.FLOAT32 && v instanceof Double d) {
            return Scalars.float32((float) d.doubleValue());
        }
        return v;
    }

    /** The reduction of {@code x[from .. from + n)}. */
    private Object ofLongs(long[] x, int from, int n) {
        switch (this) {
            case SUM -> {
                long s = 0;
                for (int i = 0; i < n; i++) {
                    s += x[from + i];
                }
                return s;
            }
            case PROD -> {
                long p = 1;
                for (int i = 0; i < n; i++) {
                    p *= x[from + i];
                }
                return p;
            }
            case ANY, ALL -> {
                boolean any = this == ANY;
                for (int i = 0; i < n; i++) {
                    if ((x[from + i] != 0) == any) {
                        return any;
                    }
                }
                return !any;
            }
            default -> {
                int best = 0;
                boolean max = this == MAX || this == ARGMAX;
                for (int i = 1; i < n; i++) {
                    long v = x[from + i];
                    long b = x[from + best];
                    if (max ? v > b : v < b) {
                        best = i;
                    }
                }
                return this == ARGMIN || this == ARGMAX ? (Object) (long) best : (Object) x[from + best];
            }
        }
    }

    private Object ofDoubles(double[] x, int from, int n, long ddof) {
        switch (this) {
            case SUM -> {
                return pairwise(x, from, n);
            }
            case MEAN -> {
                return pairwise(x, from, n) / n;
            }
            case VAR, STD -> {
                double mean = pairwise(x, from, n) / n;
                double[] sq = new double[n];
                for (int i = 0; i < n; i++) {
                    double d = x[from + i] - mean;
                    sq[i] = d * d;
                }
                double var = pairwise(sq, 0, n) / Math.max(n - ddof, 0);
                return this == STD ? Math.sqrt(var) : var;
            }
            case PROD -> {
                double p = 1;
                for (int i = 0; i < n; i++) {
                    p *= x[from + i];
                }
                return p;
            }
            case ANY, ALL -> {
                boolean any = this == ANY;
                for (int i = 0; i < n; i++) {
                    if ((x[from + i] != 0) == any) {
                        return any;
                    }
                }
                return !any;
            }
            default -> {
                // the first NaN wins, as in numpy
                int best = 0;
                boolean max = this == MAX || this == ARGMAX;
                for (int i = 0; i < n; i++) {
                    double v = x[from + i];
                    if (v != v) {
                        best = i;
                        break;
                    }
                    double b = x[from + best];
                    if (max ? v > b : v < b) {
                        best = i;
                    }
                }
                return this == ARGMIN || this == ARGMAX ? (Object) (long) best : (Object) x[from + best];
            }
        }
    }

    /** numpy's pairwise summation: blocks of up to 128 summed in 8 interleaved partial sums, halves recursively. */
    static double pairwise(double[] x, int from, int n) {
        if (n < 8) {
            double r = 0.;
            for (int i = 0; i < n; i++) {
                r += x[from + i];
            }
            return r;
        } else if (n <= 128) {
            double[] r = new double[8];
            for (int j = 0; j < 8; j++) {
                r[j] = x[from + j];
            }
            int i;
            for (i = 8; i < n - (n % 8); i += 8) {
                for (int j = 0; j < 8; j++) {
                    r[j] += x[from + i + j];
                }
            }
            double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
            for (; i < n; i++) {
                res += x[from + i];
            }
            return res;
        }
        int n2 = n / 2;
        n2 -= n2 % 8;
        return pairwise(x, from, n2) + pairwise(x, from + n2, n - n2);
    }
}
