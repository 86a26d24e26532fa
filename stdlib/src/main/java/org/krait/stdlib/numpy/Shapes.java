package org.krait.stdlib.numpy;

import org.krait.jit.types.Scalar;
import org.krait.runtime.Ops;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyList;
import org.krait.runtime.PyTuple;

/** Shapes: sizes, numpy's broadcasting rule, shape arguments and their repr. */
final class Shapes {
    private Shapes() {
    }

    static long size(long[] shape) {
        long n = 1;
        for (long s : shape) {
            n = Math.multiplyExact(n, s);
        }
        return n;
    }

    /**
     * The number of elements of an array of {@code shape} to be allocated: a Java array holds at most 2**31 - 9,
     * so larger ones raise numpy's MemoryError.
     */
    static int elements(long[] shape, Scalar dtype) {
        long n = size(shape);
        if (n > Integer.MAX_VALUE - 8) {
            throw outOfMemory(shape, dtype);
        }
        return (int) n;
    }

    static RuntimeException outOfMemory(long[] shape, Scalar dtype) {
        double bytes = (double) size(shape) * DType.itemsize(dtype);
        String[] units = {"bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
        int unit = Math.max(Math.getExponent(Math.max(bytes, 1)), 1) / 10;
        double amount = bytes / Math.pow(1024, unit);
        if (Math.round(amount) == 1024) {
            unit++;
            amount /= 1024;
        }
        String size = unit == 0 ? (long) bytes + " bytes"
                : org.krait.runtime.Repr.format(amount, ".3g") + " " + units[Math.min(unit, units.length - 1)];
        return org.krait.runtime.PyErrors.create(org.krait.runtime.ExceptionTypes.MEMORY_ERROR, "Unable to allocate "
                + size + " for an array with shape " + repr(shape) + " and data type " + dtype.typeName());
    }

    /** The shape both operands broadcast to (dimensions aligned at the right; 1 stretches). */
    static long[] broadcast(long[] a, long[] b) {
        int nd = Math.max(a.length, b.length);
        long[] out = new long[nd];
        for (int d = 0; d < nd; d++) {
            long x = d < nd - a.length ? 1 : a[d - (nd - a.length)];
            long y = d < nd - b.length ? 1 : b[d - (nd - b.length)];
            if (x != y && x != 1 && y != 1) {
                throw PyErrors.valueError("operands could not be broadcast together with shapes " + compact(a) + " "
                        + compact(b) + " ");
            }
            out[d] = x == 1 ? y : x;
        }
        return out;
    }

    /** Strides that read {@code a} as if it had {@code shape} (broadcast dimensions get stride 0). */
    static long[] broadcastStrides(PyNDArray a, long[] shape) {
        long[] strides = new long[shape.length];
        int lead = shape.length - a.ndim();
        if (lead < 0) {
            throw PyErrors.valueError("could not broadcast input array from shape " + compact(a.shape())
                    + " into shape " + compact(shape));
        }
        for (int d = 0; d < a.ndim(); d++) {
            long n = a.shape()[d];
            if (n == shape[lead + d]) {
                strides[lead + d] = n == 1 ? 0 : a.strides()[d];
            } else if (n == 1) {
                strides[lead + d] = 0;
            } else {
                throw PyErrors.valueError("could not broadcast input array from shape " + compact(a.shape())
                        + " into shape " + compact(shape));
            }
        }
        return strides;
    }

    /** A shape argument: an int or a sequence of ints, none negative. */
    static long[] of(Object arg) {
        long[] shape;
        if (arg instanceof PyTuple || arg instanceof PyList) {
            Object[] items = arg instanceof PyTuple t ? t.items() : ((PyList) arg).toArray();
            shape = new long[items.length];
            for (int i = 0; i < items.length; i++) {
                shape[i] = index(items[i]);
            }
        } else {
            shape = new long[]{index(arg)};
        }
        for (long n : shape) {
            if (n < 0) {
                throw PyErrors.valueError("negative dimensions are not allowed");
            }
        }
        return shape;
    }

    /** A shape argument of reshape: like {@link #of}, but one dimension may be -1 (inferred). */
    static long[] ofAllowingUnknown(Object arg) {
        if (arg instanceof PyTuple || arg instanceof PyList) {
            Object[] items = arg instanceof PyTuple t ? t.items() : ((PyList) arg).toArray();
            long[] shape = new long[items.length];
            for (int i = 0; i < items.length; i++) {
                shape[i] = index(items[i]);
            }
            return shape;
        }
        return new long[]{index(arg)};
    }

    private static long index(Object o) {
        if (o instanceof Double) {
            throw PyErrors.typeError("expected a sequence of integers or a single integer, got '"
                    + org.krait.runtime.Repr.repr(o) + "'");
        }
        return Ops.index(o);
    }

    static PyTuple tuple(long[] shape) {
        Object[] items = new Object[shape.length];
        for (int i = 0; i < shape.length; i++) {
            items[i] = shape[i];
        }
        return new PyTuple(items);
    }

    /** A shape as numpy's error messages write it: {@code (3,)}, {@code (2,3)}. */
    static String compact(long[] shape) {
        return repr(shape).replace(", ", ",");
    }

    /** Python's repr of the shape tuple: {@code (3,)}, {@code (2, 3)}. */
    static String repr(long[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            sb.append(i > 0 ? ", " : "").append(shape[i]);
        }
        return sb.append(shape.length == 1 ? ",)" : ")").toString();
    }
}
