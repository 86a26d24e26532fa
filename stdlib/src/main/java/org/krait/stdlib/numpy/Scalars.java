package org.krait.stdlib.numpy;

import org.krait.jit.types.Scalar;

import java.math.BigInteger;

/**
 * Array elements as Python values. Krait has no numpy scalar types: an element of an integer array is a Python
 * int, of a float array a Python float, of a bool array a Python bool, and they print as numpy 1.24 prints its
 * scalars. A float32 element becomes the float with float32's shortest digits (0.1, not 0.10000000149011612),
 * which reads back as the same float32 and prints as numpy prints the float32 scalar.
 */
final class Scalars {
    private Scalars() {
    }

    static double float32(float f) {
        return Float.isFinite(f) ? Double.parseDouble(Float.toString(f)) : f;
    }

    /** The {@code k}-th element in C order. */
    static Object item(PyNDArray a, long k) {
        return at(a.dtype(), a.data(), a.position(k));
    }

    /** The element at {@code position} of the backing array. */
    static Object at(Scalar t, Object data, int position) {
        return switch (t) {
            case INT64 -> ((long[]) data)[position];
            case FLOAT64 -> ((double[]) data)[position];
            case BOOL -> ((boolean[]) data)[position];
            case INT32 -> (long) ((int[]) data)[position];
            case FLOAT32 -> float32(((float[]) data)[position]);
            case UINT64 -> {
                long v = ((long[]) data)[position];
                yield v < 0 ? new BigInteger(Long.toUnsignedString(v)) : (Object) v;
            }
            default -> Storage.longs(t, data).get(position);
        };
    }
}
