package org.krait.stdlib.numpy;

import org.krait.jit.types.Scalar;
import org.krait.jit.types.Scalar.Kind;

/**
 * numpy 1.24's type promotion: the dtype two arrays combine to, where a Python scalar operand is "weak" (it
 * adopts the array's dtype when its kind fits, as value-based casting does for values that fit).
 */
final class Promotion {
    private Promotion() {
    }

    static Scalar promote(Scalar a, Scalar b) {
        if (a == b) {
            return a;
        }
        if (a.kind() == Kind.BOOL) {
            return b;
        }
        if (b.kind() == Kind.BOOL) {
            return a;
        }
        if (a.kind() == b.kind()) {
            return a.bits() >= b.bits() ? a : b;
        }
        if (a.kind() == Kind.FLOAT || b.kind() == Kind.FLOAT) {
            Scalar f = a.kind() == Kind.FLOAT ? a : b;
            Scalar i = f == a ? b : a;
            // int8/int16 fit in float32's mantissa, wider integers need float64
            return i.bits() <= 16 && f.bits() <= 32 ? Scalar.FLOAT32 : Scalar.FLOAT64;
        }
        Scalar u = a.kind() == Kind.UINT ? a : b;
        Scalar s = u == a ? b : a;
        if (s.bits() > u.bits()) {
            return s;
        }
        return switch (u.bits()) {
            case 8 -> Scalar.INT16;
            case 16 -> Scalar.INT32;
            case 32 -> Scalar.INT64;
            default -> Scalar.FLOAT64;
        };
    }

    /** The dtype of an operation between operands of these dtypes; {@code weak} marks Python scalars. */
    static Scalar result(Scalar a, boolean weakA, Scalar b, boolean weakB) {
        if (weakA == weakB) {
            return promote(a, b);
        }
        Scalar array = weakA ? b : a;
        Scalar scalar = weakA ? a : b;
        return category(scalar) > category(array) ? promote(array, scalar) : array;
    }

    /** bool < integers < floats: a Python scalar of a higher category upcasts the array. */
    private static int category(Scalar t) {
        return switch (t.kind()) {
            case BOOL -> 0;
            case INT, UINT -> 1;
            case FLOAT -> 2;
            default -> 3;
        };
    }

    /** What numpy's float functions (sqrt, exp, true division...) compute integer inputs as. */
    static Scalar floating(Scalar t) {
        if (t.kind() == Kind.FLOAT) {
            return t;
        }
        return t.bits() <= 16 ? Scalar.FLOAT32 : Scalar.FLOAT64;
    }
}
