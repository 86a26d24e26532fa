package org.krait.jit.types;

import java.util.ArrayList;
import java.util.List;

/**
 * The type two values share when they flow into the same variable or return: Numba's unification, with
 * bool &lt; int64 &lt; float64 &lt; complex128 promotion, None making an optional, tuples item by item and arrays
 * of different layouts becoming layout {@code A}.
 */
public final class Unify {
    private Unify() {
    }

    /** The unified type, or null when the two cannot be unified. Either argument may be null (not yet known). */
    public static JitType unify(JitType a, JitType b) {
        if (a == null) {
            return b;
        } else if (b == null || a.equals(b)) {
            return a;
        }
        if (a instanceof Scalar x && b instanceof Scalar y) {
            if (x == Scalar.NONE || y == Scalar.NONE) {
                return new OptionalType(x == Scalar.NONE ? y : x);
            }
            return Scalar.ofRank(Math.max(Math.max(x.widen().rank(), y.widen().rank()), 1));
        }
        if (a instanceof OptionalType o) {
            return optional(o, b);
        } else if (b instanceof OptionalType o) {
            return optional(o, a);
        }
        if (a instanceof TupleType s && b instanceof TupleType t && s.size() == t.size()) {
            List<JitType> items = new ArrayList<>();
            for (int i = 0; i < s.size(); i++) {
                JitType u = unify(s.get(i), t.get(i));
                if (u == null) {
                    return null;
                }
                items.add(u);
            }
            return new TupleType(items);
        }
        if (a instanceof ArrayType s && b instanceof ArrayType t && s.dtype() == t.dtype() && s.ndim() == t.ndim()) {
            return s.withLayout('A');
        }
        return null;
    }

    private static JitType optional(OptionalType o, JitType other) {
        if (other == Scalar.NONE) {
            return o;
        }
        JitType inner = unify(o.type(), other instanceof OptionalType p ? p.type() : other);
        return inner == null ? null : new OptionalType(inner);
    }

    /**
     * Whether a declared return type accepts the inferred one: as in Numba, also a float for an integer type
     * (truncated) or a wider integer for a narrower one (here checked: a value that does not fit raises).
     */
    public static boolean convertsExplicitly(JitType from, JitType to) {
        if (from instanceof Scalar x && to instanceof Scalar y && x.isNumber() && y.isNumber()) {
            return x.widen() != Scalar.COMPLEX128 || y.widen() == Scalar.COMPLEX128;
        }
        return converts(from, to);
    }

    /** Whether a value of type {@code from} converts to {@code to} without loss of kind (a safe conversion). */
    public static boolean converts(JitType from, JitType to) {
        if (from.equals(to)) {
            return true;
        }
        if (from instanceof Scalar x && to instanceof Scalar y) {
            return x.isNumber() && y.isNumber() && x.widen().rank() <= y.widen().rank();
        }
        if (to instanceof OptionalType o) {
            return from == Scalar.NONE || converts(from, o.type());
        }
        if (from instanceof TupleType s && to instanceof TupleType t && s.size() == t.size()) {
            for (int i = 0; i < s.size(); i++) {
                if (!converts(s.get(i), t.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return from instanceof ArrayType s && to instanceof ArrayType t && s.dtype() == t.dtype()
                && s.ndim() == t.ndim() && (t.layout() == 'A' || s.layout() == t.layout());
    }
}
