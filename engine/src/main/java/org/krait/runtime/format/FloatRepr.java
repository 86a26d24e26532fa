package org.krait.runtime.format;

/** {@code repr(float)} / {@code str(float)} exactly as CPython prints them. */
public final class FloatRepr {
    private FloatRepr() { }

    public static String repr(double d) {
        if (d != d) return "nan";
        if (d == Double.POSITIVE_INFINITY) return "inf";
        if (d == Double.NEGATIVE_INFINITY) return "-inf";
        StringBuilder sb = new StringBuilder(24);
        // sign bit, so that -0.0 prints as "-0.0"
        if (Double.doubleToRawLongBits(d) < 0) sb.append('-');
        FloatDigits.body(sb, Math.abs(d), 'r', -1, false);
        return sb.toString();
    }
}
