package org.krait.jit.array;

import org.krait.jit.codegen.JitBoxes;
import org.krait.runtime.PyComplex;
import org.krait.runtime.PyErrors;

/** Element access by position in C order, with Krait's boxed values: for code outside the generated classes. */
public final class Elements {
    private Elements() {
    }

    /** A uint64 element that does not fit in int64 would silently turn negative: refuse it. */
    public static long uint64(long bits) {
        if (bits < 0) {
            throw PyErrors.overflow("uint64 value " + Long.toUnsignedString(bits) + " does not fit in int64");
        }
        return bits;
    }

    /** The {@code k}-th element in C order, boxed (Long, Double, Boolean or PyComplex). */
    public static Object get(NDArray a, long k) {
        long index = position(a, k);
        Object data = a.data();
        int i = (int) index;
        return switch (a.dtype()) {
            case INT64 -> ((long[]) data)[i];
            case UINT64 -> uint64(((long[]) data)[i]);
            case INT32 -> (long) ((int[]) data)[i];
            case UINT32 -> ((int[]) data)[i] & 0xffff_ffffL;
            case INT16 -> (long) ((short[]) data)[i];
            case UINT16 -> (long) (((short[]) data)[i] & 0xffff);
            case INT8 -> (long) ((byte[]) data)[i];
            case UINT8 -> (long) (((byte[]) data)[i] & 0xff);
            case FLOAT64 -> ((double[]) data)[i];
            case FLOAT32 -> (double) ((float[]) data)[i];
            case BOOL -> ((boolean[]) data)[i];
            case COMPLEX128 -> new PyComplex(((double[]) data)[2 * i], ((double[]) data)[2 * i + 1]);
            case COMPLEX64 -> new PyComplex(((float[]) data)[2 * i], ((float[]) data)[2 * i + 1]);
            case NONE -> throw new IllegalStateException();
        };
    }

    public static void set(NDArray a, long k, Object v) {
        int i = (int) position(a, k);
        Object data = a.data();
        switch (a.dtype()) {
            case INT64, UINT64 -> ((long[]) data)[i] = JitBoxes.toLong(integral(v));
            case INT32, UINT32 -> ((int[]) data)[i] = (int) JitBoxes.toLong(integral(v));
            case INT16, UINT16 -> ((short[]) data)[i] = (short) JitBoxes.toLong(integral(v));
            case INT8, UINT8 -> ((byte[]) data)[i] = (byte) JitBoxes.toLong(integral(v));
            case FLOAT64 -> ((double[]) data)[i] = JitBoxes.toDouble(v);
            case FLOAT32 -> ((float[]) data)[i] = (float) JitBoxes.toDouble(v);
            case BOOL -> ((boolean[]) data)[i] = v instanceof Boolean b ? b : JitBoxes.toDouble(v) != 0;
            case COMPLEX128 -> {
                ((double[]) data)[2 * i] = JitBoxes.real(v);
                ((double[]) data)[2 * i + 1] = JitBoxes.imag(v);
            }
            case COMPLEX64 -> {
                ((float[]) data)[2 * i] = (float) JitBoxes.real(v);
                ((float[]) data)[2 * i + 1] = (float) JitBoxes.imag(v);
            }
            case NONE -> throw new IllegalStateException();
        }
    }

    /** A float stored in an integer array is truncated, as numpy and Numba do. */
    private static Object integral(Object v) {
        return v instanceof Double d ? (long) d.doubleValue() : v;
    }

    /** Index into the backing array of the {@code k}-th element in C order. */
    private static long position(NDArray a, long k) {
        long index = a.offset();
        for (int d = a.ndim() - 1; d >= 0; d--) {
            long n = a.shape(d);
            index += (k % n) * a.stride(d);
            k /= n;
        }
        return index;
    }
}
