package org.krait.stdlib;

import org.krait.runtime.Arith;
import org.krait.runtime.Calls;
import org.krait.runtime.Ops;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyType;

import java.math.BigInteger;

/**
 * Conversions of arguments the way CPython's C modules do them: {@code PyFloat_AsDouble} (float, int, or an
 * object with {@code __float__} or {@code __index__}) and {@code PyNumber_Index}.
 */
final class Numbers {
    private Numbers() {
    }

    /** The argument as a C double, or TypeError "must be real number, not T". */
    static double toDouble(Object o) {
        if (o instanceof Double d) {
            return d;
        }
        if (Ops.isInt(o)) {
            return Arith.toDouble(o);
        }
        Object method = special(o, "__float__");
        if (method != null) {
            Object r = Calls.call(method, o);
            if (!(r instanceof Double d)) {
                throw PyErrors.typeError(Ops.typeName(o) + ".__float__ returned non-float (type " + Ops.typeName(r) + ")");
            }
            return d;
        }
        if (special(o, "__index__") != null) {
            return Arith.toDouble(index(o));
        }
        throw PyErrors.typeError("must be real number, not " + Ops.typeName(o));
    }

    /** {@code operator.index(o)}: an int (Long or BigInteger, never bool). */
    static Object index(Object o) {
        if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (o instanceof Long || o instanceof BigInteger) {
            return o;
        }
        Object method = special(o, "__index__");
        if (method != null) {
            Object r = Calls.call(method, o);
            if (!Ops.isInt(r)) {
                throw PyErrors.typeError("__index__ returned non-int (type " + Ops.typeName(r) + ")");
            }
            return r instanceof Boolean b ? (b ? 1L : 0L) : r;
        }
        throw PyErrors.typeError("'" + Ops.typeName(o) + "' object cannot be interpreted as an integer");
    }

    static BigInteger bigIndex(Object o) {
        return Arith.big(index(o));
    }

    /** A special method defined by the object's class (not built-in numbers, which callers handle first). */
    static Object special(Object o, String name) {
        return PyType.of(o).lookup(name);
    }

    /** int(d) for an integral-valued double, with CPython's errors for infinities and NaN ({@code float.__trunc__}). */
    static Object integral(double d) {
        return Calls.call(PyType.FLOAT.lookup("__trunc__"), d);
    }
}
