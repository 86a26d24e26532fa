package org.krait.runtime.format;

import java.math.BigInteger;

/** The {@code hex()}, {@code oct()} and {@code bin()} builtins: sign, prefix, lowercase digits. */
public final class IntFormat {
    private IntFormat() { }

    public static String hex(long v) { return radix(v, 16, "0x"); }
    public static String oct(long v) { return radix(v, 8, "0o"); }
    public static String bin(long v) { return radix(v, 2, "0b"); }
    public static String hex(BigInteger v) { return radix(v, 16, "0x"); }
    public static String oct(BigInteger v) { return radix(v, 8, "0o"); }
    public static String bin(BigInteger v) { return radix(v, 2, "0b"); }

    private static String radix(long v, int radix, String prefix) {
        // -MIN_VALUE overflows back to MIN_VALUE, whose unsigned reading is the right magnitude
        String digits = Long.toUnsignedString(v < 0 ? -v : v, radix);
        return v < 0 ? "-" + prefix + digits : prefix + digits;
    }

    private static String radix(BigInteger v, int radix, String prefix) {
        return v.signum() < 0 ? "-" + prefix + v.negate().toString(radix) : prefix + v.toString(radix);
    }
}
