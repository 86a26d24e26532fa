package org.krait.gil;

import org.krait.runtime.Arith;
import org.krait.runtime.Ops;
import org.krait.runtime.PyErrors;

/** Seconds given as Python numbers (timeouts, intervals) and deadlines computed from them. */
public final class Timeouts {
    private Timeouts() {
    }

    /** A float or an int as seconds; TypeError ("must be real number, not str") otherwise. */
    public static double seconds(Object value) {
        if (value instanceof Double d) {
            return d;
        } else if (Ops.isInt(value)) {
            return Arith.toDouble(value);
        }
        throw PyErrors.typeError("must be real number, not " + Ops.typeName(value));
    }

    /** {@code System.nanoTime()} after {@code seconds}, saturating far in the future. */
    public static long deadline(double seconds) {
        double nanos = seconds * 1e9;
        long now = System.nanoTime();
        return nanos >= Long.MAX_VALUE / 2.0 ? now + Long.MAX_VALUE / 2 : now + (long) nanos;
    }

    /** Nanoseconds left until {@code deadline} (at least 0). */
    public static long remaining(long deadline) {
        return Math.max(0, deadline - System.nanoTime());
    }
}
