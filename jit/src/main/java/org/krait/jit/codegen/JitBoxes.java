package org.krait.jit.codegen;

import org.krait.runtime.PyComplex;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyNone;

/**
 * Conversions between Krait's boxed values (Long, Double, Boolean, PyComplex) and the primitives of generated
 * code, used where a value crosses between them: arguments, results, tuple items.
 */
public final class JitBoxes {
    private JitBoxes() {
    }

    public static long toLong(Object o) {
        if (o instanceof Long l) {
            return l;
        }
        return (Boolean) o ? 1 : 0;
    }

    public static double toDouble(Object o) {
        if (o instanceof Double d) {
            return d;
        } else if (o instanceof Long l) {
            return l;
        }
        return (Boolean) o ? 1.0 : 0.0;
    }

    public static boolean toBoolean(Object o) {
        return (Boolean) o;
    }

    public static double real(Object o) {
        return o instanceof PyComplex c ? c.real : toDouble(o);
    }

    public static double imag(Object o) {
        return o instanceof PyComplex c ? c.imag : 0.0;
    }

    /** A declared narrower integer type ({@code int32} in a signature): the value must fit. */
    public static long checkRange(long v, long min, long max, String type) {
        if (v < min || v > max) {
            throw PyErrors.overflow("value " + v + " does not fit in " + type);
        }
        return v;
    }

    public static Object box(long v) {
        return v;
    }

    public static Object box(double v) {
        return v;
    }

    public static Object box(boolean v) {
        return v;
    }

    public static Object box(double re, double im) {
        return new PyComplex(re, im);
    }

    public static Object none() {
        return PyNone.NONE;
    }

    /** An optional value that turned out to be None where a value was needed. */
    public static boolean isNone(Object o) {
        return o == PyNone.NONE;
    }
}
