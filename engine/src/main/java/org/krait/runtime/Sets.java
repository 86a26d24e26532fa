package org.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Set algebra shared by set, frozenset and dict views. */
public final class Sets {
    private Sets() {
    }

    public static boolean isSubset(PySet a, PySet b) {
        HashTable t = a.table();
        for (int i = 0; i < t.entryLimit(); i++) {
            Object k = t.keyAt(i);
            if (k != null && !b.contains(k)) {
                return false;
            }
        }
        return true;
    }

    /** A new set (of {@code type}) holding the items of any iterable. */
    @TruffleBoundary
    public static PySet of(PyType type, Object iterable) {
        PySet s = new PySet(type);
        PyIterator it = Ops.iter(iterable);
        for (Object x = it.next(); x != null; x = it.next()) {
            s.add(x);
        }
        return s;
    }

    public static PySet toSet(Object o) {
        return o instanceof PySet s ? s : of(PyType.SET, o);
    }

    /** {@code a | b}, {@code a & b}, {@code a - b}, {@code a ^ b}; the result has the type of {@code a}. */
    @TruffleBoundary
    public static PySet combine(char op, PySet a, PySet b) {
        PyType type = a.isFrozen() ? PyType.FROZENSET : PyType.SET;
        PySet out = new PySet(type);
        HashTable ta = a.table();
        HashTable tb = b.table();
        for (int i = 0; i < ta.entryLimit(); i++) {
            Object k = ta.keyAt(i);
            if (k != null) {
                boolean inB = tb.containsKey(k);
                if (op == '|' || (op == '&' && inB) || ((op == '-' || op == '^') && !inB)) {
                    out.add(k);
                }
            }
        }
        if (op == '|' || op == '^') {
            for (int i = 0; i < tb.entryLimit(); i++) {
                Object k = tb.keyAt(i);
                if (k != null && (op == '|' || !ta.containsKey(k))) {
                    out.add(k);
                }
            }
        }
        return out;
    }
}
