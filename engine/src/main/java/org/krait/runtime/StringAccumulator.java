package org.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A str that a function keeps growing with {@code s += t}, held in the local's frame slot in place of the String so
 * that a loop appending to a string takes linear time, not quadratic (CPython gets there by resizing such a
 * string in place). It never leaves the slot: every read of the local but the next {@code +=} gets
 * {@link #string()}, an ordinary immutable String.
 */
public final class StringAccumulator {
    /** Below this length a plain concatenation is as cheap as starting an accumulator. */
    public static final int MIN_LENGTH = 256;

    private final StringBuilder text;
    /** {@link #text} as a String, until the next append. */
    private String string;

    @TruffleBoundary
    public StringAccumulator(String a, String b) {
        text = new StringBuilder(2 * (a.length() + b.length())).append(a).append(b);
    }

    @TruffleBoundary
    public StringAccumulator append(String s) {
        text.append(s);
        string = null;
        return this;
    }

    @TruffleBoundary
    public String string() {
        if (string == null) {
            string = text.toString();
        }
        return string;
    }

    /** What a frame slot's value means to the program. */
    public static Object value(Object slotValue) {
        return slotValue instanceof StringAccumulator a ? a.string() : slotValue;
    }
}
