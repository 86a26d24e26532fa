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
                Object v = floatLane(a.dtype()) ? ofDoubles(Lanes.doubles(a, a.shape()), 0, (int) a.size(), ddof,
                        a.dtype() == Scalar.FLOAT32, false)
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
        // numpy sums along the last axis pairwise, along the others row after row
        boolean sequential = ax != a.ndim() - 1;
        return Released.run(a.size(), () -> {
            // the elements along the axis, contiguous per output element
            if (floatLane(a.dtype())) {
                double[] lane = Lanes.doubles(v, v.shape());
                for (int j = 0; j < out.size(); j++) {
                    Creation.store(rt, out.data(), j, typed(ofDoubles(lane, j * m, m, ddof,
                            a.dtype() == Scalar.FLOAT32, sequential), a.dtype()));
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

    /** {@code single}: the elements are float32, whose sums numpy computes in float32. */
    private Object ofDoubles(double[] x, int from, int n, long ddof, boolean single, boolean sequential) {
        switch (this) {
            case SUM -> {
                return sum(x, from, n, single, sequential);
            }
            case MEAN -> {
                return round(sum(x, from, n, single, sequential) / n, single);
            }
            case VAR, STD -> {
                double mean = round(sum(x, from, n, single, sequential) / n, single);
                double[] sq = new double[n];
                for (int i = 0; i < n; i++) {
                    double d = round(x[from + i] - mean, single);
                    sq[i] = round(d * d, single);
                }
                double var = round(sum(sq, 0, n, single, sequential) / Math.max(n - ddof, 0), single);
                return this == STD ? round(Math.sqrt(var), single) : var;
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

    /** A result rounded to float32 when computing in single precision (exact for + - * / and sqrt). */
    private static double round(double v, boolean single) {
        return single ? (float) v : v;
    }

    /**
     * numpy's pairwise summation: blocks of up to 128 summed in 8 interleaved partial sums, halves recursively;
     * every partial sum rounded to float32 when {@code single}.
     */
    static double pairwise(double[] x, int from, int n, boolean single) {
        return sum(x, from, n, single, false);
    }

    private static double sum(double[] x, int from, int n, boolean single, boolean sequential) {
        if (n < 8 || sequential) {
            double r = 0.;
            for (int i = 0; i < n; i++) {
                r = round(r + x[from + i], single);
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
                    r[j] = round(r[j] + x[from + i + j], single);
                }
            }
            double res = round(round(round(r[0] + r[1], single) + round(r[2] + r[3], single), single)
                    + round(round(r[4] + r[5], single) + round(r[6] + r[7], single), single), single);
            for (; i < n; i++) {
                res = round(res + x[from + i], single);
            }
            return res;
        }
        int n2 = n / 2;
        n2 -= n2 % 8;
        return round(sum(x, from, n2, single, false) + sum(x, from + n2, n - n2, single, false), single);
    }
}
