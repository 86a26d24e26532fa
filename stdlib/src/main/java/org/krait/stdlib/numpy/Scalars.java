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
        return switch (t.kind()) {
            case BOOL -> ((boolean[]) data)[position];
            case FLOAT -> t == Scalar.FLOAT32 ? float32(((float[]) data)[position])
                    : Storage.doubles(t, data).get(position);
            case UINT -> {
                long v = Storage.longs(t, data).get(position);
                yield t == Scalar.UINT64 && v < 0 ? new BigInteger(Long.toUnsignedString(v)) : (Object) v;
            }
            default -> Storage.longs(t, data).get(position);
        };
    }
}
