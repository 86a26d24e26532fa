package org.krait.jit.codegen;

import org.krait.runtime.PyTuple;

/** The {@code math} functions that {@link Math} lacks or defines differently from C and Python. */
public final class JitMath {
    private JitMath() {
    }

    public static double log2(double x) {
        if (x > 0 && Double.isFinite(x) && (Double.doubleToRawLongBits(x) & 0x000f_ffff_ffff_ffffL) == 0
                && Math.getExponent(x) >= Double.MIN_EXPONENT) {
            return Math.getExponent(x); // exact for powers of two, as C's log2 is
        }
        return Math.log(x) / Math.log(2.0);
    }

    public static double exp2(double x) {
        return Math.pow(2.0, x);
    }

    /** {@code math.log(x, base)}. */
    public static double log(double x, double base) {
        return Math.log(x) / Math.log(base);
    }

    public static double asinh(double x) {
        double a = Math.abs(x);
        if (Double.isInfinite(a) || Double.isNaN(a)) {
            return x;
        }
        double r = a > 0x1p28 ? Math.log(a) + Math.log(2.0) : Math.log1p(a + a * a / (1 + Math.sqrt(1 + a * a)));
        return Math.copySign(r, x);
    }

    public static double acosh(double x) {
        if (x < 1) {
            return Double.NaN;
        }
        if (x > 0x1p28) {
            return Math.log(x) + Math.log(2.0);
        }
        double t = x - 1;
        return Math.log1p(t + Math.sqrt(2 * t + t * t));
    }

    public static double atanh(double x) {
        double a = Math.abs(x);
        if (a > 1) {
            return Double.NaN;
        }
        return Math.copySign(0.5 * Math.log1p(2 * a / (1 - a)), x);
    }

    /** C's fmod: the remainder with the sign of {@code x} (Java's {@code %} on doubles is exactly that). */
    public static double fmod(double x, double y) {
        return x % y;
    }

    public static double ldexp(double x, long exp) {
        int e = (int) Math.max(Math.min(exp, 10_000), -10_000);
        return Math.scalb(x, e);
    }

    public static long floor(double x) {
        return JitOps.floatToInt(Math.floor(x));
    }

    public static long ceil(double x) {
        return JitOps.floatToInt(Math.ceil(x));
    }

    public static long trunc(double x) {
        return JitOps.floatToInt(x);
    }

    public static boolean isnan(double x) {
        return Double.isNaN(x);
    }

    public static boolean isinf(double x) {
        return Double.isInfinite(x);
    }

    public static boolean isfinite(double x) {
        return Double.isFinite(x);
    }

    public static boolean isnan(long x) {
        return false;
    }

    public static boolean isinf(long x) {
        return false;
    }

    public static boolean isfinite(long x) {
        return true;
    }

    public static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException();
        }
        return Math.abs(a);
    }

    public static PyTuple modf(double x) {
        if (Double.isInfinite(x)) {
            return PyTuple.of(Math.copySign(0.0, x), x);
        }
        double whole = x < 0 ? Math.ceil(x) : Math.floor(x);
        return PyTuple.of(Math.copySign(x - whole, x), whole);
    }

    public static PyTuple frexp(double x) {
        if (x == 0 || !Double.isFinite(x)) {
            return PyTuple.of(x, 0L);
        }
        int e = Math.getExponent(x);
        if (e < Double.MIN_EXPONENT) { // subnormal: normalise first
            x *= 0x1p54;
            e = Math.getExponent(x) - 54;
            return PyTuple.of(Math.scalb(x, -Math.getExponent(x) - 1), (long) e + 1);
        }
        return PyTuple.of(Math.scalb(x, -e - 1), (long) e + 1);
    }
}
