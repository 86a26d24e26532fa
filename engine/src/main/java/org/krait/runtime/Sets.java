package org.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Set algebra shared by set, frozenset and dict views. Each operation builds its result in the same order of
 * insertions as CPython 3.11 (which set is iterated, which is probed, when a copy is taken), so that with
 * {@link SetTable}'s CPython layout the results iterate in CPython's order.
 */
public final class Sets {
    private Sets() {
    }

    public static boolean isSubset(PySet a, PySet b) {
        SetTable t = a.table();
        for (int i = 0; i < t.slots(); i++) {
            Object k = t.keyAt(i);
            if (k != null && !b.table().containsEntry(k, t.hashAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** set or frozenset: the type of copies and algebra results of {@code s}. */
    public static PyType baseType(PySet s) {
        return s.isFrozen() ? PyType.FROZENSET : PyType.SET;
    }

    /** A new set (of {@code type}) holding the items of any iterable, like {@code set(iterable)}. */
    @TruffleBoundary
    public static PySet of(PyType type, Object iterable) {
        PySet s = new PySet(type);
        update(s, iterable);
        return s;
    }

    public static PySet toSet(Object o) {
        return o instanceof PySet s ? s : of(PyType.SET, o);
    }

    private static boolean isExactDict(Object o) {
        return o instanceof PyDict d && d.type() == PyType.DICT;
    }

    /** {@code s.update(other)} for one iterable: a set is merged slot by slot, an exact dict in key order. */
    @TruffleBoundary
    public static void update(PySet s, Object other) {
        if (other instanceof PySet o) {
            s.table().merge(o.table());
        } else if (isExactDict(other)) {
            s.table().mergeDict(((PyDict) other).table());
        } else {
            PyIterator it = Ops.iter(other);
            SetTable t = s.table();
            for (Object x = it.next(); x != null; x = it.next()) {
                t.add(x);
            }
        }
    }

    /** {@code s.copy()} for a set (a frozenset's own copy returns itself): a new set built from {@code s}. */
    @TruffleBoundary
    public static PySet copy(PySet s) {
        return new PySet(baseType(s), s.table().copy());
    }

    /** {@code so.union(*others)}. */
    @TruffleBoundary
    public static PySet union(PySet so, Object[] others) {
        PySet r = copy(so);
        for (Object o : others) {
            if (o != so) {
                update(r, o);
            }
        }
        return r;
    }

    /** {@code so.intersection(other)}: between two sets the smaller one is iterated (its keys are kept). */
    @TruffleBoundary
    public static PySet intersection(PySet so, Object other) {
        if (other == so) {
            return copy(so);
        }
        PySet result = new PySet(baseType(so));
        SetTable out = result.table();
        if (other instanceof PySet o) {
            SetTable probe = so.table();
            SetTable iterated = o.table();
            if (o.size() > so.size()) {
                probe = o.table();
                iterated = so.table();
            }
            for (int i = 0; i < iterated.slots(); i++) {
                Object k = iterated.keyAt(i);
                if (k != null) {
                    long h = iterated.hashAt(i);
                    if (probe.containsEntry(k, h)) {
                        out.addEntry(k, h);
                    }
                }
            }
            return result;
        }
        PyIterator it = Ops.iter(other);
        for (Object x = it.next(); x != null; x = it.next()) {
            long h = Ops.hash(x);
            if (so.table().containsEntry(x, h)) {
                out.addEntry(x, h);
            }
        }
        return result;
    }

    /** {@code so.intersection(*others)}. */
    @TruffleBoundary
    public static PySet intersection(PySet so, Object[] others) {
        if (others.length == 0) {
            return copy(so);
        }
        PySet r = so;
        for (Object o : others) {
            r = intersection(r, o);
        }
        return r;
    }

    /** {@code so.intersection_update(*others)}: so takes over the layout of the intersection. */
    @TruffleBoundary
    public static void intersectionUpdate(PySet so, Object[] others) {
        so.table().takeContents(intersection(so, others).table());
    }

    /** {@code so - other} / {@code so.difference(other)}. */
    @TruffleBoundary
    public static PySet difference(PySet so, Object other) {
        int otherSize;
        if (other instanceof PySet o) {
            otherSize = o.size();
        } else if (isExactDict(other)) {
            otherSize = ((PyDict) other).size();
        } else {
            return copyAndDifference(so, other);
        }
        // much bigger than other: copying and removing other's items is cheaper
        if ((so.size() >> 2) > otherSize) {
            return copyAndDifference(so, other);
        }
        PySet result = new PySet(baseType(so));
        SetTable t = so.table();
        for (int i = 0; i < t.slots(); i++) {
            Object k = t.keyAt(i);
            if (k != null) {
                long h = t.hashAt(i);
                boolean inOther = other instanceof PySet o ? o.table().containsEntry(k, h)
                        : ((PyDict) other).table().containsKey(k);
                if (!inOther) {
                    result.table().addEntry(k, h);
                }
            }
        }
        return result;
    }

    private static PySet copyAndDifference(PySet so, Object other) {
        PySet r = copy(so);
        differenceUpdate(r, other);
        return r;
    }

    /** {@code so.difference(*others)}. */
    @TruffleBoundary
    public static PySet difference(PySet so, Object[] others) {
        if (others.length == 0) {
            return copy(so);
        }
        PySet r = difference(so, others[0]);
        for (int i = 1; i < others.length; i++) {
            differenceUpdate(r, others[i]);
        }
        return r;
    }

    /** {@code so -= other} / {@code so.difference_update(other)} for one iterable. */
    @TruffleBoundary
    public static void differenceUpdate(PySet so, Object other) {
        SetTable t = so.table();
        if (other == so) {
            t.clear();
            return;
        }
        if (other instanceof PySet o) {
            // other much larger than so: only the common items matter
            SetTable src = (o.size() >> 3) > so.size() ? intersection(so, o).table() : o.table();
            for (int i = 0; i < src.slots(); i++) {
                Object k = src.keyAt(i);
                if (k != null) {
                    t.discardEntry(k, src.hashAt(i));
                }
            }
        } else {
            PyIterator it = Ops.iter(other);
            for (Object x = it.next(); x != null; x = it.next()) {
                t.discard(x);
            }
        }
        t.purgeTombstonesIfMany();
    }

    /** {@code so ^ other} / {@code so.symmetric_difference(other)}: a set of other, updated with so. */
    @TruffleBoundary
    public static PySet symmetricDifference(PySet so, Object other) {
        PySet r = of(baseType(so), other);
        symmetricDifferenceUpdate(r, so);
        return r;
    }

    /** {@code so ^= other} / {@code so.symmetric_difference_update(other)}. */
    @TruffleBoundary
    public static void symmetricDifferenceUpdate(PySet so, Object other) {
        SetTable t = so.table();
        if (other == so) {
            t.clear();
            return;
        }
        if (isExactDict(other)) {
            HashTable d = ((PyDict) other).table();
            for (int i = 0; i < d.entryLimit(); i++) {
                Object k = d.keyAt(i);
                if (k != null) {
                    long h = Ops.hash(k);
                    if (!t.discardEntry(k, h)) {
                        t.addEntry(k, h);
                    }
                }
            }
            return;
        }
        SetTable src = other instanceof PySet o ? o.table() : of(baseType(so), other).table();
        for (int i = 0; i < src.slots(); i++) {
            Object k = src.keyAt(i);
            if (k != null) {
                long h = src.hashAt(i);
                if (!t.discardEntry(k, h)) {
                    t.addEntry(k, h);
                }
            }
        }
    }

    /**
     * {@code a | b}, {@code a & b}, {@code a - b}, {@code a ^ b} between two sets; in place ({@code |=} ...)
     * when {@code inplace} (a must then be a mutable set), otherwise the result has the base type of {@code a}.
     */
    @TruffleBoundary
    public static PySet binary(char op, PySet a, PySet b, boolean inplace) {
        switch (op) {
            case '|':
                if (inplace) {
                    update(a, b);
                    return a;
                }
                PySet r = copy(a);
                if (a != b) {
                    update(r, b);
                }
                return r;
            case '&':
                if (inplace) {
                    a.table().takeContents(intersection(a, b).table());
                    return a;
                }
                return intersection(a, (Object) b);
            case '-':
                if (inplace) {
                    differenceUpdate(a, b);
                    return a;
                }
                return difference(a, (Object) b);
            case '^':
                if (inplace) {
                    symmetricDifferenceUpdate(a, b);
                    return a;
                }
                return symmetricDifference(a, b);
            default:
                throw new IllegalArgumentException("set operator " + op);
        }
    }

    /** {@code a | b}, {@code a & b}, {@code a - b}, {@code a ^ b}; the result has the base type of {@code a}. */
    public static PySet combine(char op, PySet a, PySet b) {
        return binary(op, a, b, false);
    }

    /** CPython's frozenset hash: independent of order, built from the stored hashes of the items. */
    public static long frozensetHash(PySet s) {
        SetTable t = s.table();
        long h = 0;
        for (int i = 0; i < t.slots(); i++) {
            if (t.keyAt(i) != null) {
                long x = t.hashAt(i);
                h ^= ((x ^ 89869747L) ^ (x << 16)) * 3644798167L;
            }
        }
        h ^= ((long) t.size() + 1) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        return h == -1 ? 590923713L : h;
    }
    /** A new set of the items of a constant frozenset, as CPython builds {@code {1, 2, 3}} (set update). */
    @TruffleBoundary
    public static PySet fromConstant(PySet constant) {
        PySet s = new PySet(PyType.SET);
        s.table().merge(constant.table());
        return s;
    }

    /**
     * The frozenset constants of one compilation (a module, or one interactive input). CPython compiles a set
     * display of three or more constants, and a constant set after {@code in} or as a {@code for} iterable, to
     * a frozenset constant: first built from the items in source order, then (when the compiler merges
     * constants) rebuilt from that frozenset's iteration order; an equal constant met earlier in the same
     * compilation (same items of the same types) is reused instead. Displays then copy it into a new set.
     */
    public static final class ConstantSets {
        private final java.util.ArrayList<PySet> seen = new java.util.ArrayList<>();

        /** The frozenset constant for these constant items (in source order). */
        @TruffleBoundary
        public PySet intern(Object[] items) {
            PySet first = new PySet(PyType.FROZENSET);
            for (Object x : items) {
                first.add(x);
            }
            for (PySet f : seen) {
                if (sameConstants(f, first)) {
                    return f;
                }
            }
            PySet merged = new PySet(PyType.FROZENSET);
            for (Object x : first.table().toArray()) {
                merged.add(x);
            }
            seen.add(merged);
            return merged;
        }

        private static boolean sameConstants(PySet a, PySet b) {
            if (a.size() != b.size()) {
                return false;
            }
            Object[] as = a.table().toArray();
            for (Object x : b.table().toArray()) {
                boolean found = false;
                for (Object y : as) {
                    if (sameConstant(x, y)) {
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    return false;
                }
            }
            return true;
        }

        /** Equal and of the same type (so 1, 1.0 and True differ, and so do 0.0 and -0.0). */
        private static boolean sameConstant(Object x, Object y) {
            if (x instanceof PyTuple t && y instanceof PyTuple u) {
                if (t.size() != u.size()) {
                    return false;
                }
                for (int i = 0; i < t.size(); i++) {
                    if (!sameConstant(t.items()[i], u.items()[i])) {
                        return false;
                    }
                }
                return true;
            }
            boolean xInt = x instanceof Long || x instanceof java.math.BigInteger;
            boolean yInt = y instanceof Long || y instanceof java.math.BigInteger;
            if (xInt || yInt) {
                return xInt && yInt && Ops.keyEquals(x, y);
            }
            if (x instanceof Double d && y instanceof Double e) {
                return d.equals(e);
            }
            return x.getClass() == y.getClass() && Ops.keyEquals(x, y);
        }
    }
}
