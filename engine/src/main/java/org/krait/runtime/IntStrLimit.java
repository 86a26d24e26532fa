package org.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.math.BigInteger;

/**
 * CPython's limit on the decimal digits of conversions between int and str ({@code sys.set_int_max_str_digits},
 * 4300 by default, 0 for none): converting a huge int to or from decimal takes quadratic time, so longer numbers
 * raise ValueError instead. Bases that are powers of two convert in linear time and are exempt. Each context has its
 * own limit, as each CPython interpreter does.
 */
public final class IntStrLimit {
    public static final int DEFAULT = 4300;
    /** The smallest limit, other than 0, that {@code sys.set_int_max_str_digits} accepts. */
    public static final int THRESHOLD = 640;
    private static final double DIGITS_PER_BIT = Math.log10(2);

    private IntStrLimit() {
    }

    /** The decimal digits of {@code |v|}; ValueError when there are more than the limit allows. */
    @TruffleBoundary
    public static String decimalDigits(BigInteger v) {
        BigInteger abs = v.abs();
        if (abs.bitLength() * DIGITS_PER_BIT < THRESHOLD) {
            return abs.toString();  // fewer digits than any limit allows
        }
        int max = current();
        // |v| >= 2**(bitLength-1) has more than (bitLength-1)*log10(2) digits: too long without converting
        if (max > 0 && (abs.bitLength() - 1) * DIGITS_PER_BIT >= max) {
            throw tooLong(max, "");
        }
        String digits = abs.toString();
        if (max > 0 && digits.length() > max) {
            throw tooLong(max, "");
        }
        return digits;
    }

    /** {@code int(text)} in a base that is not a power of two: ValueError when the text has too many digits. */
    public static void checkParse(int digits) {
        int max = current();
        if (max > 0 && digits > max) {
            throw tooLong(max, ": value has " + digits + " digits");
        }
    }

    /** The limit of the current context ({@code sys.get_int_max_str_digits()}); the default outside any. */
    public static int current() {
        KraitContext context = KraitContext.currentOrNull();
        return context == null ? DEFAULT : context.intMaxStrDigits;
    }

    /** {@code sys.set_int_max_str_digits(n)}: 0 (no limit) or at least {@link #THRESHOLD}. */
    public static void set(KraitContext context, long n) {
        if (n != 0 && n < THRESHOLD) {
            throw PyErrors.valueError("maxdigits must be 0 or larger than " + THRESHOLD);
        }
        context.intMaxStrDigits = (int) Math.min(n, Integer.MAX_VALUE);
    }

    private static PyException tooLong(int limit, String detail) {
        return PyErrors.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion" + detail
                + "; use sys.set_int_max_str_digits() to increase the limit");
    }
}
