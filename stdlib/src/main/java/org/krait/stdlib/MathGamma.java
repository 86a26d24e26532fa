package org.krait.stdlib;

import org.krait.runtime.LibM;
import org.krait.runtime.PyErrors;

import java.math.BigInteger;

/**
 * {@code math.gamma} and {@code math.lgamma}: CPython computes these itself (not with the C library) by the
 * Lanczos approximation with Boost's g = 6.0246800407767296 and 13 terms, plus the reflection formula for
 * negative arguments; the same evaluation order here gives the same doubles.
 */
final class MathGamma {
    private MathGamma() {
    }

    private static final double G = 6.024680040776729583740234375;
    private static final double G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double LOG_PI = 1.144729885849400174143427351353058711647;
    private static final double[] NUM = {23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959, 35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390, 6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772, 248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640, 2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328, 8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291, 2.5066282746310002701649081771338373386264310793408};
    /** The denominator x (x+1) ... (x+11) expanded. */
    private static final double[] DEN = {0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0};
    /** gamma(n) = (n-1)! for n = 1..23, exactly as the C literals round. */
    private static final double[] INTEGRAL = new double[23];

    static {
        BigInteger f = BigInteger.ONE;
        for (int n = 1; n <= INTEGRAL.length; n++) {
            INTEGRAL[n - 1] = f.doubleValue();
            f = f.multiply(BigInteger.valueOf(n));
        }
    }

    /** The Lanczos sum NUM(x) / DEN(x), evaluated in the direction that keeps the terms small. */
    private static double lanczosSum(double x) {
        double num = 0.0;
        double den = 0.0;
        if (x < 5.0) {
            for (int i = NUM.length - 1; i >= 0; i--) {
                num = num * x + NUM[i];
                den = den * x + DEN[i];
            }
        } else {
            for (int i = 0; i < NUM.length; i++) {
                num = num / x + NUM[i];
                den = den / x + DEN[i];
            }
        }
        return num / den;
    }

    /** sin(pi x), exact at the integers and half-integers. */
    private static double sinPi(double x) {
        double y = Math.abs(x) % 2.0;
        int n = (int) Math.round(2.0 * y);
        double r = switch (n) {
            case 0 -> LibM.sin(Math.PI * y);
            case 1 -> LibM.cos(Math.PI * (y - 0.5));
            case 2 -> LibM.sin(Math.PI * (1.0 - y)); // not -sin(pi (y - 1)), which gives -0.0 at y = 1
            case 3 -> -LibM.cos(Math.PI * (y - 1.5));
            default -> LibM.sin(Math.PI * (y - 2.0));
        };
        return Math.copySign(1.0, x) * r;
    }

    static double gamma(double x) {
        if (!Double.isFinite(x)) {
            if (Double.isNaN(x) || x > 0) {
                return x;
            }
            throw domain();
        }
        if (x == 0) {
            throw domain();
        }
        if (x == Math.floor(x)) {
            if (x < 0) {
                throw domain();
            }
            if (x <= INTEGRAL.length) {
                return INTEGRAL[(int) x - 1];
            }
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            double r = 1.0 / x;
            if (Double.isInfinite(r)) {
                throw range();
            }
            return r;
        }
        if (absx > 200.0) {
            if (x < 0) {
                return 0.0 / sinPi(x);
            }
            throw range();
        }
        double y = absx + G_MINUS_HALF;
        double z;
        if (absx > G_MINUS_HALF) {
            // y - absx is exact here; z is the rounding error of y
            double q = y - absx;
            z = q - G_MINUS_HALF;
        } else {
            double q = y - G_MINUS_HALF;
            z = q - absx;
        }
        z = z * G / y;
        double r;
        if (x < 0.0) {
            r = -Math.PI / sinPi(absx) / absx * LibM.exp(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= LibM.pow(y, absx - 0.5);
            } else {
                double sqrtpow = LibM.pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        } else {
            r = lanczosSum(absx) / LibM.exp(y);
            r += z * r;
            if (absx < 140.0) {
                r *= LibM.pow(y, absx - 0.5);
            } else {
                double sqrtpow = LibM.pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        if (Double.isInfinite(r)) {
            throw range();
        }
        return r;
    }

    static double lgamma(double x) {
        if (!Double.isFinite(x)) {
            return Double.isNaN(x) ? x : Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x) && x <= 2.0) {
            if (x <= 0.0) {
                throw domain();
            }
            return 0.0;
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return -LibM.log(absx);
        }
        double r = LibM.log(lanczosSum(absx)) - G;
        r += (absx - 0.5) * (LibM.log(absx + G - 0.5) - 1);
        if (x < 0.0) {
            r = LOG_PI - LibM.log(Math.abs(sinPi(absx))) - LibM.log(absx) - r;
        }
        if (Double.isInfinite(r)) {
            throw range();
        }
        return r;
    }

    static org.krait.runtime.PyException domain() {
        return PyErrors.valueError("math domain error");
    }

    static org.krait.runtime.PyException range() {
        return PyErrors.overflow("math range error");
    }
}
