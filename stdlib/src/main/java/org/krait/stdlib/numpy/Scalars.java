package org.krait.stdlib.numpy;

import org.krait.jit.types.Scalar;

import java.math.BigInteger;

/**
 * Array elements as Python values. Krait has no numpy scalar types: an element of an integer array is a Python
 * int, of a float array a Python float (float32 values widened exactly), of a bool array a Python bool. They print
 * as numpy 1.24 prints its scalars, except float32 (which numpy prints with float32's shortest digits).
 */
final class Scalars {
    private Scalars() {
    }

    /** The {@code k}-th element in C order. */
    static Object item(PyNDArray a, long k) {
        return at(a.dtype(), a.data(), a.position(k));
    }

    /** The element at {@code position} of the backing array. */
    static Object at(Scalar t, Object data, int position) {
        return switch (t.kind()) {
            case BOOL -> ((boolean[]) data)[position];
            case FLOAT -> Storage.doubles(t, data).get(position);
            case UINT -> {
                long v = Storage.longs(t, data).get(position);
                yield t == Scalar.UINT64 && v < 0 ? new BigInteger(Long.toUnsignedString(v)) : (Object) v;
            }
            default -> Storage.longs(t, data).get(position);
        };
    }
}
