package org.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.krait.parser.ast.CmpOp;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The generic semantics of the object protocols for built-in types: truth, equality, hashing, ordering,
 * length, item access, membership and iteration. Nodes specialise the common cases and fall back here.
 */
public final class Ops {
    private Ops() {
    }

    /** The type's name in messages (CPython's tp_name): built-in types of other modules say which, _thread.lock. */
    public static String typeName(Object o) {
        PyType t = PyType.of(o);
        return t.isHeap() || "builtins".equals(t.module()) ? t.name() : t.module() + "." + t.name();
    }

    public static boolean isInt(Object o) {
        return o instanceof Long || o instanceof Boolean || o instanceof BigInteger;
    }

    // ---- truth -------------------------------------------------------------------------------------

    @TruffleBoundary
    public static boolean isTrue(Object o) {
        if (o instanceof Boolean b) {
            return b;
        } else if (o instanceof Long l) {
            return l != 0;
        } else if (o instanceof Double d) {
            return d != 0.0;
        } else if (o instanceof String s) {
            return !s.isEmpty();
        } else if (o == PyNone.NONE) {
            return false;
        } else if (o instanceof BigInteger) {
            return true; // normalised: a BigInteger is never 0
        } else if (o instanceof PyObject p && p.type().isHeap() && SpecialMethods.truth(o) instanceof Boolean b) {
            return b;
        }
        return isTrueBuiltin(o);
    }

    /** The truth of a built-in value, never through a program's special methods. */
    public static boolean isTrueBuiltin(Object o) {
        if (o instanceof PyBoxed boxed) {
            return isTrue(boxed.value);  // an int, float or str
        }
        if (o instanceof Boolean b) {
            return b;
        } else if (o instanceof PyList l) {
            return l.size() != 0;
        } else if (o instanceof PyTuple t) {
            return t.size() != 0;
        } else if (o instanceof PyDict d) {
            return d.size() != 0;
        } else if (o instanceof PySet s) {
            return s.size() != 0;
        } else if (o instanceof PyRange r) {
            return !r.isEmpty();
        } else if (o instanceof PyBytes b) {
            return b.bytes().length != 0;
        } else if (o instanceof PyMemoryView m) {
            return m.length() != 0;
        } else if (o instanceof PyDictView v) {
            return v.dict.size() != 0;
        } else if (o instanceof PyComplex c) {
            return !c.isZero();
        }
        return true;
    }

    // ---- equality and hashing ----------------------------------------------------------------------

    /** Dict/set key comparison: identity first, as CPython does. */
    public static boolean keyEquals(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof String s && !(b instanceof PyObject)) {
            return s.equals(b);  // the common dict key: no boundary call
        }
        return eq(a, b);
    }

    @TruffleBoundary
    public static boolean eq(Object a, Object b) {
        if ((SpecialMethods.isHeap(a) || SpecialMethods.isHeap(b))
                && SpecialMethods.compare(CmpOp.EQ, a, b) instanceof Object r) {
            return isTrue(r);
        }
        return eqBuiltin(a, b);
    }

    /** Equality of built-in values (programs' {@code __eq__} only for nested items). */
    @TruffleBoundary
    public static boolean eqBuiltin(Object a, Object b) {
        a = PyBoxed.unbox(a);
        b = PyBoxed.unbox(b);
        if (a instanceof PyMemoryView || b instanceof PyMemoryView) {
            // before the identity test: a view holding a NaN is not equal to itself
            return Boolean.TRUE.equals(a instanceof PyMemoryView m ? m.equalsBuffer(b) : ((PyMemoryView) b).equalsBuffer(a));
        }
        if (a == b) {
            return !(a instanceof Double d && d.isNaN()) && !(a instanceof PyComplex c && c.hasNaN());
        }
        if (isNumber(a) && isNumber(b)) {
            return compareNumbers(a, b) == 0;
        }
        if (a instanceof PyComplex c && (isNumber(b) || b instanceof PyComplex)) {
            return c.equalsNumber(b);
        }
        if (b instanceof PyComplex c && isNumber(a)) {
            return c.equalsNumber(a);
        }
        if (a instanceof String s) {
            return b instanceof String && s.equals(b);
        }
        if (a instanceof PyTuple x && b instanceof PyTuple y) {
            return sequenceEquals(x.items(), x.size(), y.items(), y.size());
        }
        if (a instanceof PyList x && b instanceof PyList y) {
            return x.size() == y.size() && sequenceEquals(x.toArray(), x.size(), y.toArray(), y.size());
        }
        if (a instanceof PyDict x && b instanceof PyDict y) {
            return dictEquals(x, y);
        }
        if (a instanceof PySet x && b instanceof PySet y) {
            return x.size() == y.size() && Sets.isSubset(x, y);
        }
        if (a instanceof PyBytes x && b instanceof PyBytes y) {
            return java.util.Arrays.equals(x.bytes(), y.bytes());
        }
        if (a instanceof PyRange x && b instanceof PyRange y) {
            return x.sameValues(y);
        }
        if (a instanceof PySlice x && b instanceof PySlice y) {
            return eq(x.start, y.start) && eq(x.stop, y.stop) && eq(x.step, y.step);
        }
        if (a instanceof PyDictView x && b instanceof PyDictView y && x.kind == y.kind && x.kind != Iterators.Kind.VALUES) {
            return eq(Sets.toSet(x), Sets.toSet(y));
        }
        if (a instanceof PyGenericAlias x && b instanceof PyGenericAlias y) {
            return x.origin == y.origin && eq(x.args, y.args);
        }
        if (a instanceof PyBoundMethod x && b instanceof PyBoundMethod y) {
            return x.self == y.self && x.function == y.function;
        }
        return false;
    }

    private static boolean sequenceEquals(Object[] a, int na, Object[] b, int nb) {
        if (na != nb) {
            return false;
        }
        for (int i = 0; i < na; i++) {
            if (!keyEquals(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean dictEquals(PyDict x, PyDict y) {
        if (x.size() != y.size()) {
            return false;
        }
        HashTable t = x.table();
        for (int i = 0; i < t.entryLimit(); i++) {
            Object k = t.keyAt(i);
            if (k != null) {
                Object v = y.get(k);
                if (v == null || !keyEquals(t.valueAt(i), v)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static final long HASH_MODULUS = (1L << 61) - 1;

    /** {@code hash(o)}: str and int keys inline (compiled code hashes them without a call), the rest out of line. */
    public static long hash(Object o) {
        if (o instanceof String s) {
            return s.hashCode();
        } else if (o instanceof Long l) {
            return hashLong(l);
        }
        return hashSlow(o);
    }

    @TruffleBoundary
    private static long hashSlow(Object o) {
        if (o instanceof PyObject p && p.type().isHeap() && SpecialMethods.hash(o) instanceof Long h) {
            return h;
        }
        return hashBuiltin(o);
    }

    @TruffleBoundary
    public static long hashBuiltin(Object o) {
        o = PyBoxed.unbox(o);
        if (o instanceof String s) {
            return s.hashCode();
        } else if (o instanceof Long l) {
            return hashLong(l);
        } else if (o instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (o instanceof Double d) {
            return hashDouble(d, o);
        } else if (o instanceof BigInteger b) {
            return hashBig(b);
        } else if (o instanceof PyTuple t) {
            return hashTuple(t);
        } else if (o instanceof PyList || o instanceof PyDict || o instanceof PyDictView
                || (o instanceof PySet s && !s.isFrozen())) {
            throw PyErrors.typeError("unhashable type: '" + typeName(o) + "'");
        } else if (o instanceof PySet s) {
            return Sets.frozensetHash(s);
        } else if (o instanceof PyBytes b) {
            if (b.isByteArray()) {
                throw PyErrors.typeError("unhashable type: '" + typeName(o) + "'");
            }
            return java.util.Arrays.hashCode(b.bytes());
        } else if (o instanceof PyComplex c) {
            return c.hash();
        } else if (o instanceof PyMemoryView m) {
            return m.hash();
        } else if (o instanceof PyRange r) {
            return r.hash();
        } else if (o instanceof PyBoundMethod m) {
            return System.identityHashCode(m.self) * 31L + System.identityHashCode(m.function);
        }
        return System.identityHashCode(o);
    }

    private static long hashLong(long v) {
        if (v == Long.MIN_VALUE) {
            return hashBig(BigInteger.valueOf(v));
        }
        long h = Math.abs(v) % HASH_MODULUS;
        h = v < 0 ? -h : h;
        return h == -1 ? -2 : h;
    }

    @TruffleBoundary
    private static long hashBig(BigInteger b) {
        long h = b.abs().mod(BigInteger.valueOf(HASH_MODULUS)).longValue();
        h = b.signum() < 0 ? -h : h;
        return h == -1 ? -2 : h;
    }

    static long hashDouble(double d, Object identity) {
        if (Double.isNaN(d)) {
            return System.identityHashCode(identity);
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? 314159 : -314159;
        }
        if (d == Math.rint(d) && Math.abs(d) < 9.2e18) {
            return hashLong((long) d);
        }
        // value = m * 2**e reduced modulo 2**61 - 1, as CPython does, so equal numbers hash equally
        int sign = d < 0 ? -1 : 1;
        double m = Math.abs(d);
        int e = Math.getExponent(m) + 1;
        m = m / Math.scalb(1.0, e);
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & HASH_MODULUS) | x >>> (61 - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= HASH_MODULUS) {
                x -= HASH_MODULUS;
            }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & HASH_MODULUS) | x >>> (61 - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    static long hashTuple(PyTuple t) {
        final long prime1 = -7046029288634856825L;
        final long prime2 = -4417276706812531889L;
        final long prime5 = 2870177450012600261L;
        long acc = prime5;
        for (Object item : t.items()) {
            acc += hash(item) * prime2;
            acc = Long.rotateLeft(acc, 31);
            acc *= prime1;
        }
        acc += t.size() ^ (prime5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    // ---- ordering ----------------------------------------------------------------------------------

    public static boolean isNumber(Object o) {
        return o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof BigInteger;
    }

    /** Exact comparison of two real numbers (no NaN): negative, zero or positive. */
    @TruffleBoundary
    public static int compareNumbers(Object a, Object b) {
        if (a instanceof Boolean x) {
            a = x ? 1L : 0L;
        }
        if (b instanceof Boolean y) {
            b = y ? 1L : 0L;
        }
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        if (a instanceof Double x && b instanceof Double y) {
            return Double.compare(x, y) == 0 || x.doubleValue() == y.doubleValue() ? 0 : x < y ? -1 : 1;
        }
        if (a instanceof Double x) {
            return -compareIntFloat(b, x);
        }
        if (b instanceof Double y) {
            return compareIntFloat(a, y);
        }
        return Arith.big(a).compareTo(Arith.big(b));
    }

    private static int compareIntFloat(Object i, double d) {
        if (Double.isInfinite(d)) {
            return d > 0 ? -1 : 1;
        }
        if (i instanceof Long l && Math.abs(l) < (1L << 53)) {
            return (double) l == d ? 0 : (double) l < d ? -1 : 1;
        }
        return new BigDecimal(Arith.big(i)).compareTo(new BigDecimal(d));
    }

    /** Rich comparison of built-in values for the six ordering/equality operators. */
    @TruffleBoundary
    public static boolean compare(CmpOp op, Object a, Object b) {
        if ((SpecialMethods.isHeap(a) || SpecialMethods.isHeap(b))
                && SpecialMethods.compare(op, a, b) instanceof Object r) {
            return isTrue(r);
        }
        return compareBuiltin(op, a, b);
    }

    /** Rich comparison of built-in values, never through the operands' own special methods. */
    @TruffleBoundary
    public static boolean compareBuiltin(CmpOp op, Object a, Object b) {
        a = PyBoxed.unbox(a);
        b = PyBoxed.unbox(b);
        switch (op) {
            case EQ:
                return eqBuiltin(a, b);
            case NOTEQ:
                return !eqBuiltin(a, b);
            default:
                break;
        }
        int c;
        if (isNumber(a) && isNumber(b)) {
            if (a instanceof Double x && x.isNaN() || b instanceof Double y && y.isNaN()) {
                return false;
            }
            c = compareNumbers(a, b);
        } else if (a instanceof String x && b instanceof String y) {
            c = compareStrings(x, y);
        } else if (a instanceof PyList x && b instanceof PyList y) {
            return compareSequences(op, x.toArray(), y.toArray());
        } else if (a instanceof PyTuple x && b instanceof PyTuple y) {
            return compareSequences(op, x.items(), y.items());
        } else if (a instanceof PyBytes x && b instanceof PyBytes y) {
            c = java.util.Arrays.compareUnsigned(x.bytes(), y.bytes());
        } else if (a instanceof PyBytes x && x.isByteArray() && b instanceof PyMemoryView
                || b instanceof PyBytes y && y.isByteArray() && a instanceof PyMemoryView) {
            c = java.util.Arrays.compareUnsigned(Buffers.bytes(a), Buffers.bytes(b));  // bytearray orders any buffer
        } else if (a instanceof PySet x && b instanceof PySet y) {
            return switch (op) {
                case LT -> x.size() < y.size() && Sets.isSubset(x, y);
                case LTE -> Sets.isSubset(x, y);
                case GT -> x.size() > y.size() && Sets.isSubset(y, x);
                default -> Sets.isSubset(y, x);
            };
        } else {
            throw PyErrors.typeError("'" + op.symbol() + "' not supported between instances of '" + typeName(a)
                    + "' and '" + typeName(b) + "'");
        }
        return switch (op) {
            case LT -> c < 0;
            case LTE -> c <= 0;
            case GT -> c > 0;
            default -> c >= 0;
        };
    }

    /**
     * {@code a op b} as an expression: what a program's comparison method returns (any object), else a bool.
     */
    @TruffleBoundary
    public static Object richCompare(CmpOp op, Object a, Object b) {
        if ((SpecialMethods.isHeap(a) || SpecialMethods.isHeap(b))
                && SpecialMethods.compare(op, a, b) instanceof Object r) {
            return r;
        }
        return compare(op, a, b);
    }

    /** Compares by code point (Java's compareTo compares UTF-16 units, which differs above U+FFFF). */
    public static int compareStrings(String x, String y) {
        int n = Math.min(x.length(), y.length());
        for (int i = 0; i < n; i++) {
            char a = x.charAt(i);
            char b = y.charAt(i);
            if (a != b) {
                return Integer.compare(x.codePointAt(i), y.codePointAt(i));
            }
        }
        return Integer.compare(x.length(), y.length());
    }

    private static boolean compareSequences(CmpOp op, Object[] a, Object[] b) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (!keyEquals(a[i], b[i])) {
                return compare(op, a[i], b[i]);
            }
        }
        int c = Integer.compare(a.length, b.length);
        return switch (op) {
            case LT -> c < 0;
            case LTE -> c <= 0;
            case GT -> c > 0;
            default -> c >= 0;
        };
    }

    // ---- integers as indices -----------------------------------------------------------------------

    /** {@code operator.index(o)} as a long; OverflowError-free callers use {@link #indexClamped}. */
    @TruffleBoundary
    public static long index(Object o) {
        if (o instanceof Long l) {
            return l;
        } else if (o instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (o instanceof BigInteger) {
            throw PyErrors.create(ExceptionTypes.INDEX_ERROR, "cannot fit 'int' into an index-sized integer");
        } else if (o instanceof PyBoxed b && isInt(b.value)) {
            return index(b.value);
        } else if (SpecialMethods.unary(o, "__index__") instanceof Object i) {
            if (!isInt(i)) {
                throw PyErrors.typeError("__index__ returned non-int (type " + typeName(i) + ")");
            }
            return index(i);
        }
        throw PyErrors.typeError("'" + typeName(o) + "' object cannot be interpreted as an integer");
    }

    /** Like {@link #index} but saturating, as slice bounds are. */
    @TruffleBoundary
    public static long indexClamped(Object o) {
        if (o instanceof BigInteger b) {
            return b.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        }
        if (!isInt(o) && SpecialMethods.unary(o, "__index__") instanceof Object i && isInt(i)) {
            o = i;
        }
        if (!isInt(o)) {
            throw PyErrors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return index(o);
    }

    // ---- containers --------------------------------------------------------------------------------

    /** {@code len(o)}: strings and exact lists inline (compiled code needs no call for them), the rest out of line. */
    public static long len(Object o) {
        if (o instanceof String s) {
            return Strings.length(s);
        } else if (o instanceof PyList l && l.type() == PyType.LIST) {
            return l.size();
        } else if (o instanceof PyObject p && p.type().isHeap()) {
            return lenHeap(o);
        }
        return lenBuiltin(o);
    }

    @TruffleBoundary
    public static long lenBuiltin(Object o) {
        o = PyBoxed.unbox(o);
        if (o instanceof String s) {
            return Strings.length(s);
        } else if (o instanceof PyList l) {
            return l.size();
        } else if (o instanceof PyTuple t) {
            return t.size();
        } else if (o instanceof PyDict d) {
            return d.size();
        } else if (o instanceof PySet s) {
            return s.size();
        } else if (o instanceof PyRange r) {
            return r.length();
        } else if (o instanceof PyBytes b) {
            return b.bytes().length;
        } else if (o instanceof PyMemoryView m) {
            return m.length();
        } else if (o instanceof PyDictView v) {
            return v.dict.size();
        }
        throw PyErrors.typeError("object of type '" + typeName(o) + "' has no len()");
    }

    @TruffleBoundary
    private static long lenHeap(Object o) {
        long n = SpecialMethods.len(o);
        return n >= 0 ? n : lenBuiltin(o);
    }

    /** {@code ba[key] = value} ({@code del ba[key]} when value is null) on a bytearray. */
    private static void setBytes(PyBytes b, Object key, Object value) {
        if (value != null && !(key instanceof PySlice)) {
            // one item, in place: a bytearray never shares its array except with its memoryviews, which see it
            checkIndexType(key, "bytearray");
            long i = index(key);
            long v = index(value);
            if (v < 0 || v > 255) {
                throw PyErrors.valueError("byte must be in range(0, 256)");
            }
            byte[] a = b.bytes();
            a[normalize(i, a.length, "bytearray")] = (byte) v;
            return;
        }
        java.util.List<Byte> bytes = new java.util.ArrayList<>();
        for (byte x : b.bytes()) {
            bytes.add(x);
        }
        if (key instanceof PySlice s) {
            PySlice.Bounds bd = s.indices(bytes.size());
            byte[] src = value == null ? new byte[0] : Buffers.isBuffer(value) ? Buffers.bytes(value).clone()
                    : toByteArray(value);
            if (bd.step() == 1) {
                int stop = Math.max(bd.start(), bd.stop());
                bytes.subList(bd.start(), stop).clear();
                for (int k = src.length - 1; k >= 0; k--) {
                    bytes.add(bd.start(), src[k]);
                }
            } else if (value == null) {
                java.util.List<Integer> drop = new java.util.ArrayList<>();
                for (int k = 0, i = bd.start(); k < bd.length(); k++, i += bd.step()) {
                    drop.add(i);
                }
                drop.sort(java.util.Comparator.reverseOrder());
                for (int i : drop) {
                    bytes.remove(i);
                }
            } else {
                if (src.length != bd.length()) {
                    throw PyErrors.valueError("attempt to assign bytes of size " + src.length
                            + " to extended slice of size " + bd.length());
                }
                for (int k = 0, i = bd.start(); k < src.length; k++, i += bd.step()) {
                    bytes.set(i, src[k]);
                }
            }
        } else {
            checkIndexType(key, "bytearray");
            int i = normalize(key, bytes.size(), "bytearray");
            if (value == null) {
                bytes.remove(i);
            } else {
                long v = index(value);
                if (v < 0 || v > 255) {
                    throw PyErrors.valueError("byte must be in range(0, 256)");
                }
                bytes.set(i, (byte) v);
            }
        }
        byte[] out = new byte[bytes.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = bytes.get(i);
        }
        b.set(out);
    }

    private static byte[] toByteArray(Object iterable) {
        Object[] items = toArray(iterable);
        byte[] out = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            long v = index(items[i]);
            if (v < 0 || v > 255) {
                throw PyErrors.valueError("byte must be in range(0, 256)");
            }
            out[i] = (byte) v;
        }
        return out;
    }

    /** Normalises a possibly negative sequence index; -1 when out of range. */
    private static int normalize(Object key, int length, String what) {
        long i = index(key);
        if (i < 0) {
            i += length;
        }
        if (i < 0 || i >= length) {
            throw PyErrors.indexError(what + " index out of range");
        }
        return (int) i;
    }

    @TruffleBoundary
    public static Object getItem(Object obj, Object key) {
        if ((obj instanceof PyObject p && p.type().isHeap() || obj instanceof PyType)
                && SpecialMethods.getItem(obj, key) instanceof Object r) {
            return r;
        }
        return getItemBuiltin(obj, key);
    }

    @TruffleBoundary
    public static Object getItemBuiltin(Object obj, Object key) {
        obj = PyBoxed.unbox(obj);
        if (obj instanceof PyList l) {
            if (key instanceof PySlice s) {
                return new PyList(sliceOf(l.toArray(), s.indices(l.size())));
            }
            checkIndexType(key, "list");
            return l.get(normalize(key, l.size(), "list"));
        } else if (obj instanceof PyDict d) {
            Object v = d.get(key);
            if (v == null) {
                Object missing = d.type().isHeap() ? d.type().lookup("__missing__") : null;
                if (missing != null) {
                    return Calls.call(missing, d, key);
                }
                throw PyErrors.keyError(key);
            }
            return v;
        } else if (obj instanceof PyTuple t) {
            if (key instanceof PySlice s) {
                return new PyTuple(sliceOf(t.items(), s.indices(t.size())));
            }
            checkIndexType(key, "tuple");
            return t.get(normalize(key, t.size(), "tuple"));
        } else if (obj instanceof String str) {
            if (key instanceof PySlice s) {
                return Strings.slice(str, s.indices(Strings.length(str)));
            }
            if (!isInt(key)) {
                throw PyErrors.typeError("string indices must be integers, not '" + typeName(key) + "'");
            }
            return Strings.codePointAt(str, normalize(key, Strings.length(str), "string"));
        } else if (obj instanceof PyRange r) {
            if (key instanceof PySlice s) {
                return r.slice(s);
            }
            checkIndexType(key, "range object");
            return r.item(key);
        } else if (obj instanceof PyBytes b) {
            if (key instanceof PySlice s) {
                PySlice.Bounds bd = s.indices(b.bytes().length);
                byte[] out = new byte[bd.length()];
                for (int k = 0, i = bd.start(); k < out.length; k++, i += bd.step()) {
                    out[k] = b.bytes()[i];
                }
                return b.isByteArray() ? PyBytes.bytearray(out) : new PyBytes(out);
            }
            return (long) (b.bytes()[normalize(key, b.bytes().length, "index")] & 0xff);
        } else if (obj instanceof PyMemoryView m) {
            return m.getItem(key);
        } else if (obj instanceof PyType t && t.lookup("__class_getitem__") == null) {
            return new PyGenericAlias(t, key); // list[int] and friends: annotations
        }
        throw PyErrors.notSubscriptable(obj);
    }

    private static void checkIndexType(Object key, String what) {
        if (!isInt(key) && SpecialMethods.find(key, "__index__") == null) {
            throw PyErrors.typeError(what + " indices must be integers or slices, not " + typeName(key));
        }
    }

    public static Object[] sliceOf(Object[] items, PySlice.Bounds b) {
        if (b.step() == 1) {
            return java.util.Arrays.copyOfRange(items, b.start(), b.start() + b.length());
        }
        Object[] out = new Object[b.length()];
        for (int k = 0, i = b.start(); k < out.length; k++, i += b.step()) {
            out[k] = items[i];
        }
        return out;
    }

    @TruffleBoundary
    public static void setItem(Object obj, Object key, Object value) {
        if (obj instanceof PyObject p && p.type().isHeap() && SpecialMethods.setItem(obj, key, value)) {
            return;
        }
        setItemBuiltin(obj, key, value);
    }

    @TruffleBoundary
    public static void setItemBuiltin(Object obj, Object key, Object value) {
        if (obj instanceof PyBytes b && b.isByteArray()) {
            setBytes(b, key, value);
            return;
        }
        if (obj instanceof PyMemoryView m) {
            m.setItem(key, value);
            return;
        }
        if (obj instanceof PyList l) {
            if (key instanceof PySlice s) {
                assignSlice(l, s, value);
                return;
            }
            checkIndexType(key, "list");
            l.set(normalize(key, l.size(), "list assignment"), value);
        } else if (obj instanceof PyDict d) {
            d.put(key, value);
        } else {
            throw PyErrors.typeError("'" + typeName(obj) + "' object does not support item assignment");
        }
    }

    private static void assignSlice(PyList l, PySlice s, Object value) {
        Object[] values = value == l ? l.toArray() : toArray(value);
        PySlice.Bounds b = s.indices(l.size());
        if (b.step() == 1) {
            l.replace(b.start(), Math.max(b.start(), b.stop()), values);
            return;
        }
        if (values.length != b.length()) {
            throw PyErrors.valueError("attempt to assign sequence of size " + values.length
                    + " to extended slice of size " + b.length());
        }
        for (int k = 0, i = b.start(); k < values.length; k++, i += b.step()) {
            l.set(i, values[k]);
        }
    }

    @TruffleBoundary
    public static void delItem(Object obj, Object key) {
        if (obj instanceof PyObject p && p.type().isHeap() && SpecialMethods.delItem(obj, key)) {
            return;
        }
        delItemBuiltin(obj, key);
    }

    @TruffleBoundary
    public static void delItemBuiltin(Object obj, Object key) {
        if (obj instanceof PyBytes b && b.isByteArray()) {
            setBytes(b, key, null);
            return;
        }
        if (obj instanceof PyMemoryView m) {
            m.setItem(key, null);
            return;
        }
        if (obj instanceof PyList l) {
            if (key instanceof PySlice s) {
                PySlice.Bounds b = s.indices(l.size());
                if (b.step() == 1) {
                    l.replace(b.start(), Math.max(b.start(), b.stop()), new Object[0]);
                } else {
                    int[] doomed = new int[b.length()];
                    for (int k = 0, i = b.start(); k < doomed.length; k++, i += b.step()) {
                        doomed[k] = i;
                    }
                    java.util.Arrays.sort(doomed);
                    for (int k = doomed.length - 1; k >= 0; k--) {
                        l.remove(doomed[k]);
                    }
                }
                return;
            }
            checkIndexType(key, "list");
            l.remove(normalize(key, l.size(), "list assignment"));
        } else if (obj instanceof PyDict d) {
            if (d.remove(key) == null) {
                throw PyErrors.keyError(key);
            }
        } else {
            throw PyErrors.typeError("'" + typeName(obj) + "' object doesn't support item deletion");
        }
    }

    @TruffleBoundary
    public static boolean contains(Object container, Object item) {
        if (container instanceof PyObject p && p.type().isHeap()
                && SpecialMethods.contains(container, item) instanceof Boolean b) {
            return b;
        }
        return containsBuiltin(container, item);
    }

    @TruffleBoundary
    public static boolean containsBuiltin(Object container, Object item) {
        container = PyBoxed.unbox(container);
        if (container instanceof String) {
            item = PyBoxed.unbox(item);
        }
        if (container instanceof PyDict d) {
            return d.table().containsKey(item);
        } else if (container instanceof PySet s) {
            return s.contains(item);
        } else if (container instanceof String s) {
            if (!(item instanceof String sub)) {
                throw PyErrors.typeError("'in <string>' requires string as left operand, not " + typeName(item));
            }
            return s.contains(sub);
        } else if (container instanceof PyRange r && isInt(item)) {
            return r.containsInt(item);
        } else if (container instanceof PyBytes b) {
            if (isInt(item)) {
                long v = index(item);
                for (byte x : b.bytes()) {
                    if ((x & 0xff) == v) {
                        return true;
                    }
                }
                return false;
            }
            return new String(b.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1).contains(
                    new String(Buffers.bytes(item), java.nio.charset.StandardCharsets.ISO_8859_1));
        } else if (container instanceof PyDictView v && v.kind == Iterators.Kind.KEYS) {
            return v.dict.table().containsKey(item);
        }
        PyIterator it = iterOrNull(container);
        if (it == null) {
            throw PyErrors.typeError("argument of type '" + typeName(container) + "' is not iterable");
        }
        for (Object x = it.next(); x != null; x = it.next()) {
            if (keyEquals(x, item)) {
                return true;
            }
        }
        return false;
    }

    @TruffleBoundary
    public static PyIterator iter(Object o) {
        PyIterator it = iterOrNull(o);
        if (it == null) {
            throw PyErrors.notIterable(o);
        }
        return it;
    }

    private static PyIterator iterOrNull(Object o) {
        if (o instanceof PyObject p && p.type().isHeap() && SpecialMethods.iter(o) instanceof PyIterator it) {
            return it;
        }
        return iterBuiltinOrNull(o);
    }

    /** The iterator of a built-in iterable, never through a program's {@code __iter__}. */
    @TruffleBoundary
    public static PyIterator iterBuiltin(Object o) {
        PyIterator it = iterBuiltinOrNull(o);
        if (it == null) {
            throw PyErrors.notIterable(o);
        }
        return it;
    }

    private static PyIterator iterBuiltinOrNull(Object o) {
        o = PyBoxed.unbox(o);
        if (o instanceof PyIterator it) {
            return it.isIterator() ? it : null;
        } else if (o instanceof PyList l) {
            return Iterators.of(l);
        } else if (o instanceof PyTuple t) {
            return Iterators.of(t.items());
        } else if (o instanceof String s) {
            return Iterators.of(s);
        } else if (o instanceof PyRange r) {
            return Iterators.of(r);
        } else if (o instanceof PyDict d) {
            return Iterators.of(d.table(), Iterators.Kind.KEYS);
        } else if (o instanceof PySet s) {
            return s.iterator();
        } else if (o instanceof PyDictView v) {
            return Iterators.of(v.dict.table(), v.kind);
        } else if (o instanceof PyBytes b) {
            return Iterators.of(b);
        } else if (o instanceof PyMemoryView m) {
            return m.iterator();
        }
        return null;
    }

    /** Whether {@code iter(o)} would succeed (without calling a program's {@code __iter__}). */
    @TruffleBoundary
    public static boolean isIterable(Object o) {
        if (o instanceof PyObject p && p.type().isHeap()) {
            return p.type().lookup("__iter__") != null || p.type().lookup("__getitem__") != null;
        }
        return iterBuiltinOrNull(o) != null;
    }

    /** The items of any iterable, in order. */
    @TruffleBoundary
    /**
     * A range's items in an array sized up front, as CPython sizes {@code list(range(...))}: a range longer than an
     * array can be is a MemoryError (OverflowError past a Py_ssize_t) at once, not after filling the heap.
     */
    private static Object[] rangeItems(PyRange r) {
        long n = r.length();
        if (n > Integer.MAX_VALUE - 16) {
            throw PyErrors.create(ExceptionTypes.MEMORY_ERROR, "");
        }
        Object[] out = new Object[(int) n];
        if (r.isBig()) {
            PyIterator it = r.iterator(false);
            for (int i = 0; i < out.length; i++) {
                out[i] = it.next();
            }
        } else {
            for (int i = 0; i < out.length; i++) {
                out[i] = r.start + i * r.step;
            }
        }
        return out;
    }

    public static Object[] toArray(Object iterable) {
        if (iterable instanceof PyList l) {
            return l.toArray();
        } else if (iterable instanceof PyTuple t) {
            return t.items();
        } else if (iterable instanceof PyRange r) {
            return rangeItems(r);
        }
        PyIterator it = iter(iterable);
        java.util.ArrayList<Object> out = new java.util.ArrayList<>();
        for (Object x = it.next(); x != null; x = it.next()) {
            out.add(x);
        }
        return out.toArray();
    }
}
