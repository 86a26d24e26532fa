package org.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.krait.builtins.Singletons;
import org.krait.parser.ast.CmpOp;
import org.krait.parser.ast.Operator;

/**
 * The protocols (truth, comparison, arithmetic, containers, iteration, text) for objects whose class a program
 * defined, through the special methods written in Python. Each entry point returns null when no program class
 * of the operands defines the method, so that the caller goes on with the built-in behaviour (which also serves
 * subclasses of built-in types that do not override it).
 */
public final class SpecialMethods {
    private static final Object NI = Singletons.NOT_IMPLEMENTED;

    private SpecialMethods() {
    }

    public static boolean isHeap(Object o) {
        return o instanceof PyObject p && p.type().isHeap();
    }

    /** {@code name} when a program's class of {@code o} defines it, else null. */
    public static Object find(Object o, String name) {
        return o instanceof PyObject p && p.type().isHeap() ? p.type().lookupHeap(name) : null;
    }

    // ---- truth, length, hash -----------------------------------------------------------------------

    @TruffleBoundary
    public static Boolean truth(Object o) {
        Object m = find(o, "__bool__");
        if (m != null) {
            Object r = Calls.call(m, o);
            if (r instanceof Boolean b) {
                return b;
            }
            throw PyErrors.typeError("__bool__ should return bool, returned " + Ops.typeName(r));
        }
        m = find(o, "__len__");
        return m == null ? null : length(o, m) != 0;
    }

    /** {@code len(o)}, or -1 when no program class defines {@code __len__}. */
    @TruffleBoundary
    public static long len(Object o) {
        Object m = find(o, "__len__");
        return m == null ? -1 : length(o, m);
    }

    private static long length(Object o, Object m) {
        Object r = Calls.call(m, o);
        if (!Ops.isInt(r)) {
            throw PyErrors.typeError("'" + Ops.typeName(r) + "' object cannot be interpreted as an integer");
        }
        long n = Ops.index(r);
        if (n < 0) {
            throw PyErrors.valueError("__len__() should return >= 0");
        }
        return n;
    }

    /** {@code hash(o)}, or null for the built-in hash; TypeError when the class set {@code __hash__ = None}. */
    @TruffleBoundary
    public static Long hash(Object o) {
        Object m = find(o, "__hash__");
        if (m == null) {
            return null;
        }
        if (m == PyNone.NONE) {
            throw PyErrors.typeError("unhashable type: '" + Ops.typeName(o) + "'");
        }
        Object r = Calls.call(m, o);
        if (r instanceof Long h) {
            return h == -1 ? -2 : h;  // -1 is reserved for errors in CPython's C API
        }
        if (!Ops.isInt(r)) {
            throw PyErrors.typeError("__hash__ method should return an integer");
        }
        return Ops.hash(r);
    }

    // ---- comparison and arithmetic -----------------------------------------------------------------

    private static CmpOp reflected(CmpOp op) {
        return switch (op) {
            case LT -> CmpOp.GT;
            case LTE -> CmpOp.GTE;
            case GT -> CmpOp.LT;
            case GTE -> CmpOp.LTE;
            default -> op;
        };
    }

    /** {@code a op b} for the six rich comparisons; null when neither class defines the methods. */
    @TruffleBoundary
    public static Object compare(CmpOp op, Object a, Object b) {
        Object ma = find(a, op.dunder());
        Object mb = find(b, reflected(op).dunder());
        if (ma == null && mb == null) {
            if (op == CmpOp.NOTEQ && (find(a, "__eq__") != null || find(b, "__eq__") != null)) {
                Object eq = compare(CmpOp.EQ, a, b);
                return eq == NI ? NI : !Ops.isTrue(eq);
            }
            return null;
        }
        Object r = dispatch(a, b, ma, mb);
        if (r != NI) {
            return r;
        }
        if (op == CmpOp.NOTEQ && ma == null) {
            Object eq = compare(CmpOp.EQ, a, b);
            if (eq != null && eq != NI) {
                return !Ops.isTrue(eq);
            }
        }
        return switch (op) {
            case EQ -> a == b;
            case NOTEQ -> a != b;
            default -> throw PyErrors.typeError("'" + op.symbol() + "' not supported between instances of '"
                    + Ops.typeName(a) + "' and '" + Ops.typeName(b) + "'");
        };
    }

    /**
     * Tries {@code ma(a, b)} then the reflected {@code mb(b, a)}; the reflected one goes first when {@code b}'s
     * class is a subclass of {@code a}'s that overrides it. NotImplemented when both decline.
     */
    private static Object dispatch(Object a, Object b, Object ma, Object mb) {
        PyType ta = PyType.of(a);
        PyType tb = PyType.of(b);
        if (ta == tb && ma != null) {
            mb = null;
        }
        if (mb != null && tb != ta && tb.isSubtypeOf(ta)) {
            Object r = Calls.call(mb, b, a);
            if (r != NI) {
                return r;
            }
            mb = null;
        }
        if (ma != null) {
            Object r = Calls.call(ma, a, b);
            if (r != NI) {
                return r;
            }
        }
        return mb != null ? Calls.call(mb, b, a) : NI;
    }

    /** {@code a op b} ({@code op=} when {@code inplace}); null when neither class defines the methods. */
    @TruffleBoundary
    public static Object binary(Operator op, Object a, Object b, boolean inplace) {
        if (inplace) {
            Object mi = find(a, op.idunder());
            if (mi != null) {
                Object r = Calls.call(mi, a, b);
                if (r != NI) {
                    return r;
                }
            }
        }
        Object ma = find(a, op.dunder());
        Object mb = PyType.of(a) == PyType.of(b) ? null : find(b, op.rdunder());
        if (ma == null && mb == null) {
            return null;
        }
        Object r = dispatch(a, b, ma, mb);
        if (r == NI && ma == null && !isHeap(a)) {
            return null; // the built-in left operand's own operation still applies ('%s' % obj formats obj)
        }
        if (r == NI) {
            throw PyErrors.unsupportedOperands(op.symbol() + (inplace ? "=" : ""), a, b);
        }
        return r;
    }

    /** A one-operand special method ({@code __neg__}, {@code __abs__}, {@code __index__}...); null if undefined. */
    @TruffleBoundary
    public static Object unary(Object o, String name) {
        Object m = find(o, name);
        return m == null ? null : Calls.call(m, o);
    }

    // ---- containers ----------------------------------------------------------------------------------

    /** {@code o[key]}; null when no program class defines {@code __getitem__} (or {@code __class_getitem__}). */
    @TruffleBoundary
    public static Object getItem(Object o, Object key) {
        if (o instanceof PyType t) {
            Object meta = t.type().isHeap() ? t.type().lookupHeap("__getitem__") : null;
            if (meta != null) {
                return Calls.call(meta, t, key);
            }
            Object m = t.lookup("__class_getitem__");
            return m == null ? null : Calls.call(Descriptors.bind(m, null, t), key);
        }
        Object m = find(o, "__getitem__");
        return m == null ? null : Calls.call(m, o, key);
    }

    /** {@code o[key] = value}; false when no program class defines {@code __setitem__}. */
    @TruffleBoundary
    public static boolean setItem(Object o, Object key, Object value) {
        Object m = find(o, "__setitem__");
        if (m == null) {
            return false;
        }
        Calls.call(m, o, key, value);
        return true;
    }

    @TruffleBoundary
    public static boolean delItem(Object o, Object key) {
        Object m = find(o, "__delitem__");
        if (m == null) {
            return false;
        }
        Calls.call(m, o, key);
        return true;
    }

    /** {@code item in o}; null for the built-in behaviour. */
    @TruffleBoundary
    public static Boolean contains(Object o, Object item) {
        Object m = find(o, "__contains__");
        if (m != null) {
            return Ops.isTrue(Calls.call(m, o, item));
        }
        PyIterator it = iter(o);
        if (it == null) {
            return null;
        }
        for (Object x = it.next(); x != null; x = it.next()) {
            if (Ops.keyEquals(x, item)) {
                return true;
            }
        }
        return false;
    }

    /** The iterator for {@code for x in o}; null for the built-in behaviour. */
    @TruffleBoundary
    public static PyIterator iter(Object o) {
        Object it = iterObject(o);
        if (it == null) {
            if (PyType.of(o).lookup("__iter__") == null && find(o, "__getitem__") != null) {
                return new SequenceIterator(o);
            }
            return null;
        }
        return it instanceof PyIterator pi ? pi : new UserIterator(it);
    }

    /** What {@code iter(o)} returns: the result of a program's {@code __iter__}; null if there is none. */
    @TruffleBoundary
    public static Object iterObject(Object o) {
        Object m = find(o, "__iter__");
        if (m == null) {
            return null;
        }
        if (m == PyNone.NONE) {
            throw PyErrors.notIterable(o);
        }
        Object it = Calls.call(m, o);
        if (!(it instanceof PyIterator) && find(it, "__next__") == null) {
            throw PyErrors.typeError("iter() returned non-iterator of type '" + Ops.typeName(it) + "'");
        }
        return it;
    }

    /** Iterates an object of a program's class through its {@code __next__}. */
    private static final class UserIterator extends PyIterator {
        private final Object iterator;
        private final Object next;

        UserIterator(Object iterator) {
            this.iterator = iterator;
            this.next = find(iterator, "__next__");
        }

        @Override
        public Object next() {
            try {
                return Calls.call(next, iterator);
            } catch (PyException e) {
                if (e.exception().type().isSubtypeOf(ExceptionTypes.STOP_ITERATION)) {
                    return null;
                }
                throw e;
            }
        }
    }

    /** The old protocol: {@code o[0]}, {@code o[1]}, ... until IndexError. */
    private static final class SequenceIterator extends PyIterator {
        private final Object sequence;
        private long index;

        SequenceIterator(Object sequence) {
            this.sequence = sequence;
        }

        @Override
        public Object next() {
            if (index < 0) {
                return null;
            }
            try {
                return Ops.getItem(sequence, index++);
            } catch (PyException e) {
                PyType t = e.exception().type();
                if (t.isSubtypeOf(ExceptionTypes.INDEX_ERROR) || t.isSubtypeOf(ExceptionTypes.STOP_ITERATION)) {
                    index = -1;
                    return null;
                }
                throw e;
            }
        }
    }

    // ---- text ----------------------------------------------------------------------------------------

    /** {@code repr(o)} through {@code __repr__}; null if undefined. */
    @TruffleBoundary
    public static String repr(Object o) {
        return text(o, "__repr__");
    }

    /** {@code str(o)} through {@code __str__}; null if undefined (then the built-in str uses the repr). */
    @TruffleBoundary
    public static String str(Object o) {
        return text(o, "__str__");
    }

    private static String text(Object o, String name) {
        Object m = find(o, name);
        if (m == null) {
            return null;
        }
        Object r = Calls.call(m, o);
        if (r instanceof String s) {
            return s;
        }
        throw PyErrors.typeError(name + " returned non-string (type " + Ops.typeName(r) + ")");
    }

    /** {@code format(o, spec)} through {@code __format__}; null if undefined. */
    @TruffleBoundary
    public static String format(Object o, String spec) {
        Object m = find(o, "__format__");
        if (m == null) {
            return null;
        }
        Object r = Calls.call(m, o, spec);
        if (r instanceof String s) {
            return s;
        }
        throw PyErrors.typeError("__format__ must return a str, not " + Ops.typeName(r));
    }
}
