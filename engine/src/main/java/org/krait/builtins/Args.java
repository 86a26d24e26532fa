package org.krait.builtins;

import org.krait.runtime.Arith;
import org.krait.runtime.Calls;
import org.krait.runtime.ExceptionTypes;
import org.krait.runtime.Ops;
import org.krait.runtime.PyBaseException;
import org.krait.runtime.PyBuiltinFunction;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyException;
import org.krait.runtime.PyNone;
import org.krait.runtime.PyTuple;
import org.krait.runtime.PyType;
import org.krait.runtime.Signature;

import java.math.BigInteger;

/** Argument conversions shared by the builtins, with CPython's error messages. */
final class Args {
    private Args() {
    }

    static boolean missing(Object o) {
        return o == Signature.MISSING;
    }

    static boolean noneOrMissing(Object o) {
        return o == Signature.MISSING || o == PyNone.NONE;
    }

    /** An int as a Java long via {@code __index__} semantics ("'float' object cannot be interpreted as an integer"). */
    static long index(Object o) {
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (o instanceof BigInteger) {
            throw PyErrors.overflow("Python int too large to convert to C ssize_t");
        }
        Object v = userIndex(o);
        if (v != null) {
            return index(v);
        }
        return Ops.index(o);
    }

    /** Like {@link #index} but saturating big values (for clamped positions such as slice bounds). */
    static long indexClamped(Object o) {
        if (o instanceof BigInteger b) {
            return b.signum() < 0 ? Long.MIN_VALUE / 4 : Long.MAX_VALUE / 4;
        }
        return index(o);
    }

    /** An int value (Long or BigInteger, bool converted) from an int or an object with __index__. */
    static Object intValue(Object o) {
        if (o instanceof Long || o instanceof BigInteger) {
            return o;
        }
        if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        Object v = userIndex(o);
        if (v != null && Ops.isInt(v)) {
            return intValue(v);
        }
        throw PyErrors.typeError("'" + Ops.typeName(o) + "' object cannot be interpreted as an integer");
    }

    /** Calls a user-defined {@code __index__}; null when the type has none. */
    static Object userIndex(Object o) {
        if (o instanceof org.krait.runtime.PyObject) {
            Object m = PyType.of(o).lookup("__index__");
            if (m != null && !(m instanceof PyBuiltinFunction)) {
                return Calls.call(m, o);
            }
        }
        return null;
    }

    /** Looks up a special method on the type of {@code o} and calls it; null when the type has none. */
    static Object callSpecial(Object o, String name, Object... args) {
        Object m = PyType.of(o).lookup(name);
        if (m == null) {
            return null;
        }
        Object[] a = new Object[args.length + 1];
        a[0] = o;
        System.arraycopy(args, 0, a, 1, args.length);
        return Calls.call(m, a);
    }

    /** Python int from a Java long or BigInteger. */
    static Object normalize(BigInteger b) {
        return Arith.normalize(b);
    }

    static String str(Object o, String what) {
        if (o instanceof String s) {
            return s;
        } else if (o instanceof org.krait.runtime.PyBoxed b && b.value instanceof String s) {
            return s;
        }
        throw PyErrors.typeError((what.isEmpty() ? "" : what + " ") + "must be str, not " + Ops.typeName(o));
    }

    /** A slice bound of start/end arguments ({@code None} or an int), with CPython's message. */
    static long sliceIndex(Object o, long dflt) {
        if (noneOrMissing(o)) {
            return dflt;
        }
        if (!Ops.isInt(o) && userIndex(o) == null) {
            throw PyErrors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return indexClamped(o instanceof org.krait.runtime.PyObject ? userIndex(o) : o);
    }

    /** Normalises [start, end) of a sequence of {@code len} items like CPython's ADJUST_INDICES. */
    static long[] adjust(Object start, Object end, long len) {
        long s = sliceIndex(start, 0);
        long e = sliceIndex(end, len);
        if (e > len) {
            e = len;
        } else if (e < 0) {
            e += len;
            if (e < 0) {
                e = 0;
            }
        }
        if (s < 0) {
            s += len;
            if (s < 0) {
                s = 0;
            }
        }
        return new long[]{s, e};
    }

    static PyTuple tuple(Object... items) {
        return new PyTuple(items);
    }

    /** True when the Python exception is an instance of {@code type}. */
    static boolean isInstance(PyException e, PyType type) {
        PyBaseException ex = e.exception();
        return ex.type().isSubtypeOf(type);
    }

    static boolean isStopIteration(PyException e) {
        return isInstance(e, ExceptionTypes.STOP_ITERATION);
    }

    static PyException lookupError(String msg) {
        return PyErrors.create(ExceptionTypes.LOOKUP_ERROR, msg);
    }
}
