package org.krait.jit.codegen;

import org.krait.jit.array.NDArray;
import org.krait.jit.types.Scalar;
import org.krait.runtime.PyErrors;

/**
 * {@code a.sum()}, {@code a.prod()}, {@code a.min()}, {@code a.max()}, {@code a.mean()} (and numpy's functions of
 * the same names) over every element of an array, in C order, without boxing. Integer sums and products are
 * checked like all int64 arithmetic.
 */
public final class Reductions {
    public static final int SUM = 0;
    public static final int PROD = 1;
    public static final int MIN = 2;
    public static final int MAX = 3;
    public static final int MEAN = 4;
    private static final String[] NAMES = {"sum", "prod", "minimum", "maximum", "mean"};

    private Reductions() {
    }

    /** The reduction of an integer or bool array. */
    public static long ofLongs(NDArray a, int kind) {
        long n = a.size();
        if (n == 0) {
            if (kind == MIN || kind == MAX) {
                throw empty(kind);
            }
            return kind == PROD ? 1 : 0;
        }
        long[] index = new long[a.ndim()];
        long acc = kind == PROD ? 1 : 0;
        long pos = a.offset();
        for (long k = 0; k < n; k++) {
            long v = longAt(a, pos);
            acc = switch (kind) {
                case SUM -> Math.addExact(acc, v);
                case PROD -> Math.multiplyExact(acc, v);
                case MIN -> k == 0 || v < acc ? v : acc;
                default -> k == 0 || v > acc ? v : acc;
            };
            pos = next(a, index, pos);
        }
        return acc;
    }

    /** The reduction of a float array (or the mean of any array). */
    public static double ofDoubles(NDArray a, int kind) {
        long n = a.size();
        if (n == 0) {
            if (kind == MIN || kind == MAX) {
                throw empty(kind);
            }
            return kind == PROD ? 1.0 : kind == MEAN ? Double.NaN : 0.0;
        }
        boolean floats = a.dtype().kind() == Scalar.Kind.FLOAT;
        long[] index = new long[a.ndim()];
        double acc = kind == PROD ? 1.0 : 0.0;
        long pos = a.offset();
        for (long k = 0; k < n; k++) {
            double v = floats ? doubleAt(a, pos) : longAt(a, pos);
            acc = switch (kind) {
                case SUM, MEAN -> acc + v;
                case PROD -> acc * v;
                // NaN wins, as in numpy
                case MIN -> k == 0 || v < acc || Double.isNaN(v) ? v : acc;
                default -> k == 0 || v > acc || Double.isNaN(v) ? v : acc;
            };
            pos = next(a, index, pos);
        }
        return kind == MEAN ? acc / n : acc;
    }

    /** Advances the C-order index of a strided array; returns the new position in its data. */
    private static long next(NDArray a, long[] index, long pos) {
        for (int d = index.length - 1; d >= 0; d--) {
            index[d]++;
            pos += a.stride(d);
            if (index[d] < a.shape(d)) {
                return pos;
            }
            pos -= index[d] * a.stride(d);
            index[d] = 0;
        }
        return pos;
    }

    private static long longAt(NDArray a, long pos) {
        Object data = a.data();
        int i = (int) pos;
        return switch (a.dtype()) {
            case INT64 -> ((long[]) data)[i];
            case UINT64 -> JitArrays.uint64(((long[]) data)[i]);
            case INT32 -> ((int[]) data)[i];
            case UINT32 -> ((int[]) data)[i] & 0xffff_ffffL;
            case INT16 -> ((short[]) data)[i];
            case UINT16 -> ((short[]) data)[i] & 0xffff;
            case INT8 -> ((byte[]) data)[i];
            case UINT8 -> ((byte[]) data)[i] & 0xff;
            case BOOL -> ((boolean[]) data)[i] ? 1 : 0;
            default -> throw new IllegalStateException(a.dtype().typeName());
        };
    }

    private static double doubleAt(NDArray a, long pos) {
        return a.dtype() == Scalar.FLOAT32 ? ((float[]) a.data())[(int) pos] : ((double[]) a.data())[(int) pos];
    }

    private static RuntimeException empty(int kind) {
        return PyErrors.valueError("zero-size array to reduction operation " + NAMES[kind] + " which has no identity");
    }
}
