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

    /** The dtype of an operation between two operands. */
    static Scalar result(Operand x, Operand y) {
        return result(x.dtype(), x.weak(), y.dtype(), y.weak(), x.weak() ? x.array() : y.array());
    }

    /**
     * The dtype of an operation between operands of these dtypes; {@code weak} marks Python scalars. A Python int
     * with an integer array counts as the smallest type that holds its value (numpy's value-based casting), so
     * {@code uint8_array + 1} stays uint8 while {@code uint8_array - -2} becomes int16.
     */
    static Scalar result(Scalar a, boolean weakA, Scalar b, boolean weakB, PyNDArray scalar) {
        if (weakA == weakB) {
            return promote(a, b);
        }
        Scalar array = weakA ? b : a;
        Scalar value = weakA ? a : b;
        if (category(value) > category(array)) {
            return promote(array, value);
        }
        if (value == Scalar.INT64 && category(array) == 1) {
            long v = (Long) Scalars.item(scalar, 0);
            return fits(v, array) ? array : promote(array, smallestHolding(v));
        }
        return array;
    }

    private static boolean fits(long v, Scalar t) {
        if (t.kind() == Scalar.Kind.UINT) {
            return v >= 0 && (t.bits() == 64 || v >>> t.bits() == 0);
        }
        return t.bits() == 64 || (v >> (t.bits() - 1)) == 0 || (v >> (t.bits() - 1)) == -1;
    }

    /** numpy's {@code min_scalar_type} of an int: the smallest unsigned type for a value >= 0, else signed. */
    private static Scalar smallestHolding(long v) {
        if (v >= 0) {
            return v <= 0xff ? Scalar.UINT8 : v <= 0xffff ? Scalar.UINT16 : v <= 0xffff_ffffL ? Scalar.UINT32
                    : Scalar.UINT64;
        }
        return v >= Byte.MIN_VALUE ? Scalar.INT8 : v >= Short.MIN_VALUE ? Scalar.INT16
                : v >= Integer.MIN_VALUE ? Scalar.INT32 : Scalar.INT64;
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
