package org.krait.jit.codegen;

import org.krait.jit.array.Elements;
import org.krait.jit.array.NDArray;
import org.krait.jit.array.NDArrayFactory;
import org.krait.jit.types.Scalar;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyTuple;

/** Array operations generated code calls out of line: checked indices, reductions, assignment to views. */
public final class JitArrays {
    private JitArrays() {
    }

    /** {@code np.zeros(shape, dtype)} / {@code np.ones}: made by the installed array factory. */
    public static NDArray newArray(long[] shape, String dtype, boolean ones) {
        for (long n : shape) {
            if (n < 0) {
                throw PyErrors.valueError("negative dimensions are not allowed");
            }
        }
        Scalar type = Scalar.valueOf(dtype);
        NDArray a = NDArrayFactory.get().zeros(type, shape);
        if (ones) {
            Object one = type == Scalar.BOOL ? (Object) Boolean.TRUE : type.kind() == Scalar.Kind.FLOAT
                    || type.kind() == Scalar.Kind.COMPLEX ? (Object) 1.0 : (Object) 1L;
            for (long k = a.size() - 1; k >= 0; k--) {
                Elements.set(a, k, one);
            }
        }
        return a;
    }

    /** A negative index counts from the end (as in Numba, also without boundscheck). */
    public static long wrap(long i, long n) {
        return i < 0 ? i + n : i;
    }

    /** boundscheck=True: an index outside the dimension raises IndexError. */
    public static long check(long i, long n, int axis) {
        long k = i < 0 ? i + n : i;
        if (k < 0 || k >= n) {
            throw PyErrors.indexError("index " + i + " is out of bounds for axis " + axis + " with size " + n);
        }
        return k;
    }

    /** A uint64 element that does not fit in int64 would silently turn negative: refuse it. */
    public static long uint64(long bits) {
        return Elements.uint64(bits);
    }

    public static long max(NDArray a, boolean max) {
        long n = a.size();
        if (n == 0) {
            throw PyErrors.valueError((max ? "max" : "min") + "() arg is an empty sequence");
        }
        long best = 0;
        boolean first = true;
        for (long k = 0; k < n; k++) {
            long v = (long) Elements.get(a, k);
            if (first || (max ? v > best : v < best)) {
                best = v;
                first = false;
            }
        }
        return best;
    }

    public static double maxDouble(NDArray a, boolean max) {
        long n = a.size();
        if (n == 0) {
            throw PyErrors.valueError((max ? "max" : "min") + "() arg is an empty sequence");
        }
        double best = 0;
        for (long k = 0; k < n; k++) {
            double v = ((Number) Elements.get(a, k)).doubleValue();
            if (k == 0 || (max ? v > best : v < best)) {
                best = v;
            }
        }
        return best;
    }

    /** {@code view[...] = value}: a scalar fills the view, an array or tuple of the same length is copied. */
    public static void assign(NDArray dst, Object value) {
        long n = dst.size();
        if (value instanceof NDArray src) {
            if (src.size() != n) {
                throw PyErrors.valueError("cannot assign an array of size " + src.size() + " to a view of size " + n);
            }
            Object[] copy = new Object[(int) n];
            for (long k = 0; k < n; k++) {
                copy[(int) k] = Elements.get(src, k);
            }
            for (long k = 0; k < n; k++) {
                Elements.set(dst, k, copy[(int) k]);
            }
        } else if (value instanceof PyTuple t) {
            if (t.size() != n) {
                throw PyErrors.valueError("cannot assign a tuple of " + t.size() + " items to a view of size " + n);
            }
            for (long k = 0; k < n; k++) {
                Elements.set(dst, k, t.get((int) k));
            }
        } else {
            for (long k = 0; k < n; k++) {
                Elements.set(dst, k, value);
            }
        }
    }
}
