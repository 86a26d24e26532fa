package org.krait.jit.types;

import org.krait.jit.array.NDArray;
import org.krait.runtime.PyComplex;
import org.krait.runtime.PyNone;
import org.krait.runtime.PyTuple;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** The type of an argument value, as Numba's {@code typeof}: what a call compiles (or picks) a signature for. */
public final class Typeof {
    private Typeof() {
    }

    /** The type of {@code value}, or null when jitted code cannot take it. */
    public static JitType of(Object value) {
        if (value instanceof Boolean) {
            return Scalar.BOOL;
        } else if (value instanceof Long) {
            return Scalar.INT64;
        } else if (value instanceof Double) {
            return Scalar.FLOAT64;
        } else if (value instanceof PyComplex) {
            return Scalar.COMPLEX128;
        } else if (value == PyNone.NONE) {
            return Scalar.NONE;
        } else if (value instanceof PyTuple t) {
            List<JitType> items = new ArrayList<>(t.size());
            for (Object item : t.items()) {
                JitType type = of(item);
                if (type == null) {
                    return null;
                }
                items.add(type);
            }
            return new TupleType(items);
        } else if (value instanceof NDArray a && a.ndim() >= 1 && a.ndim() <= ArrayType.MAX_DIMS) {
            return new ArrayType(a.dtype(), a.ndim(), a.isCContiguous() ? 'C' : a.isFContiguous() ? 'F' : 'A');
        }
        return null;
    }

    /** Whether {@code value} has exactly type {@code t} (what {@link #of} would say), without allocating. */
    public static boolean matches(JitType t, Object value) {
        if (t instanceof Scalar s) {
            return switch (s) {
                case BOOL -> value instanceof Boolean;
                case INT64 -> value instanceof Long;
                case FLOAT64 -> value instanceof Double;
                case COMPLEX128 -> value instanceof PyComplex;
                case NONE -> value == PyNone.NONE;
                default -> false;
            };
        }
        if (t instanceof TupleType tt) {
            if (!(value instanceof PyTuple tuple) || tuple.size() != tt.size()) {
                return false;
            }
            for (int i = 0; i < tt.size(); i++) {
                if (!matches(tt.get(i), tuple.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (t instanceof PyObjectType) {
            return of(value) == null;
        }
        return t instanceof ArrayType && t.equals(of(value));
    }

    /** Whether {@code value} is an int that does not fit in 64 bits (Numba refuses those). */
    public static boolean isBigInt(Object value) {
        return value instanceof BigInteger;
    }
}
