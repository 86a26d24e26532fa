package org.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.krait.parser.ast.Operator;

import java.math.BigInteger;
import java.util.Arrays;

/** Operators on the built-in containers: concatenation, repetition, set algebra, dict merge, {@code %}. */
final class Sequences {
    private Sequences() {
    }

    @TruffleBoundary
    static Object binary(Operator op, Object a, Object b, boolean inplace) {
        switch (op) {
            case ADD:
                if (a instanceof String x && b instanceof String y) {
                    return x.concat(y);
                } else if (a instanceof PyList x) {
                    if (inplace) {
                        for (Object o : Ops.toArray(b)) {
                            x.append(o);
                        }
                        return x;
                    }
                    if (b instanceof PyList y) {
                        Object[] r = Arrays.copyOf(x.toArray(), x.size() + y.size());
                        System.arraycopy(y.toArray(), 0, r, x.size(), y.size());
                        return new PyList(r);
                    }
                } else if (a instanceof PyTuple x && b instanceof PyTuple y) {
                    Object[] r = Arrays.copyOf(x.items(), x.size() + y.size());
                    System.arraycopy(y.items(), 0, r, x.size(), y.size());
                    return new PyTuple(r);
                } else if (a instanceof PyBytes x && Buffers.isBuffer(b)) {
                    byte[] y = Buffers.bytes(b);
                    byte[] r = Arrays.copyOf(x.bytes(), x.bytes().length + y.length);
                    System.arraycopy(y, 0, r, x.bytes().length, y.length);
                    if (!x.isByteArray()) {
                        return new PyBytes(r);
                    } else if (inplace) {
                        x.set(r);  // ba += b'...' changes ba
                        return x;
                    }
                    return PyBytes.bytearray(r);
                }
                if (a instanceof PyBytes) {
                    throw PyErrors.typeError("can't concat " + Ops.typeName(b) + " to " + Ops.typeName(a));
                }
                if (a instanceof String || a instanceof PyList || a instanceof PyTuple) {
                    throw PyErrors.typeError("can only concatenate " + Ops.typeName(a) + " (not \"" + Ops.typeName(b)
                            + "\") to " + Ops.typeName(a));
                }
                break;
            case MULT:
                if (Ops.isInt(b) && isSequence(a)) {
                    return repeat(a, b, inplace);
                } else if (Ops.isInt(a) && isSequence(b)) {
                    return repeat(b, a, false);
                } else if (isSequence(a) && SpecialMethods.find(b, "__index__") != null) {
                    return repeat(a, Ops.index(b), inplace);
                } else if (isSequence(b) && SpecialMethods.find(a, "__index__") != null) {
                    return repeat(b, Ops.index(a), false);
                } else if (isSequence(a) || isSequence(b)) {
                    throw PyErrors.typeError("can't multiply sequence by non-int of type '"
                            + Ops.typeName(isSequence(a) ? b : a) + "'");
                }
                break;
            case MOD:
                if (a instanceof String s) {
                    return Repr.percentFormat(s, b);
                } else if (a instanceof PyBytes s) {
                    return Repr.percentFormat(s, b);
                }
                break;
            case BITOR:
            case BITAND:
            case SUB:
            case BITXOR:
                if (a instanceof PySet x && b instanceof PySet y) {
                    return Sets.binary(op.symbol().charAt(0), x, y, inplace && !x.isFrozen());
                }
                if (op == Operator.BITOR && a instanceof PyDict x && b instanceof PyDict y) {
                    PyDict r = inplace ? x : new PyDict(PyType.DICT, x.table().copy());
                    HashTable t = y.table();
                    for (int i = 0; i < t.entryLimit(); i++) {
                        if (t.keyAt(i) != null) {
                            r.put(t.keyAt(i), t.valueAt(i));
                        }
                    }
                    return r;
                }
                break;
            default:
                break;
        }
        throw PyErrors.unsupportedOperands(op.symbol() + (inplace ? "=" : ""), a, b);
    }

    private static boolean isSequence(Object o) {
        return o instanceof String || o instanceof PyList || o instanceof PyTuple || o instanceof PyBytes;
    }

    private static Object repeat(Object seq, Object count, boolean inplace) {
        if (count instanceof BigInteger big) {
            if (big.signum() < 0 || Ops.len(seq) == 0) {
                count = 0L;
            } else {
                throw PyErrors.create(ExceptionTypes.OVERFLOW_ERROR, "cannot fit 'int' into an index-sized integer");
            }
        }
        long n = Math.max(0, Ops.index(count));
        if (seq instanceof String s) {
            checkRepeatSize(n, s.length(), "repeated string is too long");
            return s.repeat((int) n);
        }
        Object[] items = seq instanceof PyList l ? l.toArray() : seq instanceof PyTuple t ? t.items() : null;
        if (items == null) {
            byte[] b = ((PyBytes) seq).bytes();
            checkRepeatSize(n, b.length, ((PyBytes) seq).isByteArray() ? null : "repeated bytes are too long");
            byte[] r = new byte[(int) (b.length * n)];
            for (int i = 0; i < n; i++) {
                System.arraycopy(b, 0, r, i * b.length, b.length);
            }
            return ((PyBytes) seq).isByteArray() ? PyBytes.bytearray(r) : new PyBytes(r);
        }
        checkRepeatSize(n, items.length, null);
        Object[] r = new Object[(int) (items.length * n)];
        for (int i = 0; i < n; i++) {
            System.arraycopy(items, 0, r, i * items.length, items.length);
        }
        if (seq instanceof PyList l) {
            if (inplace) {
                l.setAll(r);
                return l;
            }
            return new PyList(r);
        }
        return new PyTuple(r);
    }

    /**
     * MemoryError when {@code n} copies of {@code unit} elements do not fit in one array; for str and bytes, as in
     * CPython, OverflowError with {@code overflowMessage} when their size does not even fit in a Py_ssize_t.
     */
    private static void checkRepeatSize(long n, int unit, String overflowMessage) {
        if (unit != 0 && n > (Integer.MAX_VALUE - 16) / unit) {
            if (overflowMessage != null && n > Long.MAX_VALUE / unit) {
                throw PyErrors.overflow(overflowMessage);
            }
            throw PyErrors.create(ExceptionTypes.MEMORY_ERROR, "");
        }
    }
}
