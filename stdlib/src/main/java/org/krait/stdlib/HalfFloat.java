package org.krait.stdlib;

/** IEEE 754 binary16 ("half", struct's 'e'): rounding from double to nearest-even and back. */
final class HalfFloat {
    private HalfFloat() {
    }

    /** The 16 bits of x rounded to half precision, or -1 when it overflows (|x| rounds to 65520 or more). */
    static int fromDouble(double x) {
        int sign = Double.doubleToRawLongBits(x) < 0 ? 0x8000 : 0;
        if (Double.isNaN(x)) {
            return sign | 0x7e00;
        }
        double a = Math.abs(x);
        if (Double.isInfinite(a)) {
            return sign | 0x7c00;
        }
        if (a == 0) {
            return sign;
        }
        // scale so that the half's last significant bit has weight 1, then round to an integer (ties to even)
        int e = Math.getExponent(a);
        int unitExponent = Math.max(e, -14) - 10; // weight of the last mantissa bit; subnormals stop at 2^-24
        double m = Math.rint(Math.scalb(a, -unitExponent)); // exact scaling: only rint rounds
        long mant = (long) m;
        if (mant == 2048) { // rounded up to the next binade
            mant = 1024;
            unitExponent++;
        }
        int biased = unitExponent + 10 + 15;
        if (mant < 1024) { // subnormal (or rounded down to zero)
            return sign | (int) mant;
        }
        if (biased >= 31) {
            return -1;
        }
        return sign | (biased << 10) | (int) (mant - 1024);
    }

    static double toDouble(int bits) {
        int sign = bits & 0x8000;
        int exp = (bits >> 10) & 0x1f;
        int mant = bits & 0x3ff;
        double r;
        if (exp == 0x1f) {
            r = mant == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else if (exp == 0) {
            r = Math.scalb((double) mant, -24);
        } else {
            r = Math.scalb((double) (mant | 0x400), exp - 25);
        }
        return sign != 0 ? -r : r;
    }
}
