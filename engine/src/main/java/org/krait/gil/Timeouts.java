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

    /**
     * A timeout in seconds as CPython's time conversion takes it (lock and queue timeouts): a float or an int;
     * NaN is a ValueError and a time beyond the 64-bit nanosecond range an OverflowError.
     */
    public static double timeout(Object value) {
        double seconds;
        if (value instanceof Double d) {
            seconds = d;
        } else if (Ops.isInt(value)) {
            seconds = Arith.toDouble(value);
        } else {
            throw PyErrors.typeError("'" + Ops.typeName(value) + "' object cannot be interpreted as an integer");
        }
        if (Double.isNaN(seconds)) {
            throw PyErrors.valueError("Invalid value NaN (not a number)");
        }
        if (Math.abs(seconds) * 1e9 >= 0x1p63) {
            throw PyErrors.overflow("timestamp out of range for platform time_t");
        }
        return seconds;
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
