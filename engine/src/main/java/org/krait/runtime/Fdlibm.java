package org.krait.runtime;

/**
 * The double functions glibc (2.36, x86-64) computes with Sun's fdlibm algorithms rather than correctly rounded:
 * expm1, log1p, log10, the hyperbolic functions and their inverses, erf, erfc, and glibc's own cbrt. CPython
 * prints whatever these return, so they are evaluated here with the same constants and the same order of
 * operations, including the fused multiply-adds of glibc's FMA builds of expm1 and log1p (checked against
 * CPython on 10^5 arguments per function) (fdlibm: Copyright (C) 1993 Sun Microsystems, "permission to use, copy, modify, and distribute this
 * software is freely granted, provided that this notice is preserved"). Where glibc calls its exp or log,
 * the correctly rounded {@link LibM} versions stand in.
 */
final class Fdlibm {
    private Fdlibm() {
    }

    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    private static final double LN2 = 6.93147180559945286227e-01;
    private static final double HUGE = 1.0e300;
    private static final double TINY = 1.0e-300;

    private static int high(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }

    private static int low(double x) {
        return (int) Double.doubleToRawLongBits(x);
    }

    private static double withHigh(double x, int hi) {
        return Double.longBitsToDouble(((long) hi << 32) | (Double.doubleToRawLongBits(x) & 0xffffffffL));
    }

    // ---- expm1 --------------------------------------------------------------------------------------

    private static final double INV_LN2 = 1.44269504088896338700e+00;
    private static final double O_THRESHOLD = 7.09782712893383973096e+02;
    private static final double[] Q = {1.0, -3.33333333333331316428e-02, 1.58730158725481460165e-03,
        -7.93650757867487942473e-05, 4.00821782732936239552e-06, -2.01099218183624371326e-07};

    /** e^x - 1: x = k ln2 + r, then a rational approximation of expm1(r) (glibc's reordered polynomial). */
    static double expm1(double x) {
        int hx = high(x);
        int xsb = hx & 0x80000000;
        hx &= 0x7fffffff;
        if (hx >= 0x4043687A) { // |x| >= 56 ln2
            if (hx >= 0x40862E42) {
                if (hx >= 0x7ff00000) {
                    if (((hx & 0xfffff) | low(x)) != 0) {
                        return x + x;
                    }
                    return xsb == 0 ? x : -1.0;
                }
                if (x > O_THRESHOLD) {
                    return Double.POSITIVE_INFINITY;
                }
            }
            if (xsb != 0) {
                return TINY - 1.0;
            }
        }
        double hi;
        double lo;
        double c = 0;
        int k;
        if (hx > 0x3fd62e42) { // |x| > ln2 / 2
            if (hx < 0x3FF0A2B2) { // and |x| < 1.5 ln2
                if (xsb == 0) {
                    hi = x - LN2_HI;
                    lo = LN2_LO;
                    k = 1;
                } else {
                    hi = x + LN2_HI;
                    lo = -LN2_LO;
                    k = -1;
                }
            } else {
                k = (int) Math.fma(INV_LN2, x, xsb == 0 ? 0.5 : -0.5);
                double t = k;
                hi = Math.fma(-t, LN2_HI, x);
                lo = t * LN2_LO;
            }
            x = hi - lo;
            c = (hi - x) - lo;
        } else if (hx < 0x3c900000) { // |x| < 2^-54
            return x;
        } else {
            k = 0;
        }
        double hfx = 0.5 * x;
        double hxs = x * hfx;
        double r1 = Math.fma(hxs, Q[1], 1.0);
        double h2 = hxs * hxs;
        double r2 = Math.fma(hxs, Q[3], Q[2]);
        double h4 = h2 * h2;
        double r3 = Math.fma(hxs, Q[5], Q[4]);
        r1 = Math.fma(h4, r3, Math.fma(h2, r2, r1));
        double t = Math.fma(-r1, hfx, 3.0);
        double e = hxs * ((r1 - t) / Math.fma(-x, t, 6.0));
        if (k == 0) {
            return x - Math.fma(x, e, -hxs);
        }
        e = Math.fma(x, e - c, -c);
        e -= hxs;
        if (k == -1) {
            return Math.fma(0.5, x - e, -0.5);
        }
        if (k == 1) {
            return x < -0.25 ? -2.0 * (e - (x + 0.5)) : Math.fma(2.0, x - e, 1.0);
        }
        double y;
        if (k <= -2 || k > 56) {
            y = 1.0 - (e - x);
            y = withHigh(y, high(y) + (k << 20));
            return y - 1.0;
        }
        if (k < 20) {
            t = withHigh(1.0, 0x3ff00000 - (0x200000 >> k)); // 1 - 2^-k
            y = t - (e - x);
        } else {
            t = withHigh(1.0, (0x3ff - k) << 20); // 2^-k
            y = x - (e + t);
            y += 1.0;
        }
        return withHigh(y, high(y) + (k << 20));
    }

    // ---- log1p --------------------------------------------------------------------------------------

    private static final double TWO54 = 1.80143985094819840000e+16;
    private static final double[] LP = {0.0, 6.666666666666735130e-01, 3.999999999940941908e-01,
        2.857142874366239149e-01, 2.222219843214978396e-01, 1.818357216161805012e-01, 1.531383769920937332e-01,
        1.479819860511658591e-01};

    /** ln(1 + x): 1 + x = 2^k (1 + f), then log(1 + f) = f - (hfsq - s (hfsq + R(s^2))) with s = f / (2 + f). */
    static double log1p(double x) {
        int hx = high(x);
        int ax = hx & 0x7fffffff;
        int k = 1;
        int hu = 0;
        double f = 0;
        double c = 0;
        if (hx < 0x3FDA827A) { // x < 0.41422
            if (ax >= 0x3ff00000) { // x <= -1
                return x == -1.0 ? Double.NEGATIVE_INFINITY : Double.NaN;
            }
            if (ax < 0x3e200000) { // |x| < 2^-29
                return ax < 0x3c900000 ? x : x - x * x * 0.5;
            }
            if (hx > 0 || hx <= 0xbfd2bec3) { // -0.2929 < x < 0.41422
                k = 0;
                f = x;
                hu = 1;
            }
        } else if (hx >= 0x7ff00000) {
            return x + x;
        }
        if (k != 0) {
            double u;
            if (hx < 0x43400000) {
                u = 1.0 + x;
                hu = high(u);
                k = (hu >> 20) - 1023;
                c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0); // correction term
                c /= u;
            } else {
                u = x;
                hu = high(u);
                k = (hu >> 20) - 1023;
                c = 0;
            }
            hu &= 0x000fffff;
            if (hu < 0x6a09e) {
                u = withHigh(u, hu | 0x3ff00000); // normalize u
            } else {
                k += 1;
                u = withHigh(u, hu | 0x3fe00000); // normalize u/2
                hu = (0x00100000 - hu) >> 2;
            }
            f = u - 1.0;
        }
        double hfsq = 0.5 * f * f;
        if (hu == 0) { // |f| < 2^-20
            if (f == 0) {
                if (k == 0) {
                    return 0.0;
                }
                c += k * LN2_LO;
                return k * LN2_HI + c;
            }
            double r = hfsq * (1.0 - 0.66666666666666666 * f);
            return k == 0 ? f - r : k * LN2_HI - ((r - (k * LN2_LO + c)) - f);
        }
        double s = f / (2.0 + f);
        double z = s * s;
        double z2 = z * z;
        double r2 = Math.fma(z, LP[3], LP[2]);
        double z4 = z2 * z2;
        double r3 = Math.fma(z, LP[5], LP[4]);
        double z6 = z4 * z2;
        double r4 = Math.fma(z, LP[7], LP[6]);
        double r = Math.fma(z6, r4, Math.fma(z4, r3, Math.fma(z, LP[1], z2 * r2)));
        if (k == 0) {
            return f - (hfsq - s * (hfsq + r));
        }
        return k * LN2_HI - ((hfsq - (s * (hfsq + r) + (k * LN2_LO + c))) - f);
    }

    // ---- log10 --------------------------------------------------------------------------------------

    private static final double IVLN10 = 4.34294481903251816668e-01;
    private static final double LOG10_2HI = 3.01029995663611771306e-01;
    private static final double LOG10_2LO = 3.69423907715893078616e-13;

    /** log10(x) = n log10(2) + log(x 2^-n) / ln 10, with log10(2) split so that n log10_2hi is exact. */
    static double log10(double x) {
        int hx = high(x);
        int k = 0;
        if (hx < 0x00100000) { // x < 2^-1022
            if (((hx & 0x7fffffff) | low(x)) == 0) {
                return Double.NEGATIVE_INFINITY;
            }
            if (hx < 0) {
                return Double.NaN;
            }
            k -= 54;
            x *= TWO54; // subnormal: scale up
            hx = high(x);
        }
        if (hx >= 0x7ff00000) {
            return x + x;
        }
        k += (hx >> 20) - 1023;
        int i = (k & 0x80000000) >>> 31;
        hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
        double y = k + i;
        x = withHigh(x, hx);
        double z = y * LOG10_2LO + IVLN10 * LibM.log(x);
        return z + y * LOG10_2HI;
    }

    // ---- hyperbolic functions -----------------------------------------------------------------------

    static double sinh(double x) {
        int jx = high(x);
        int ix = jx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return x + x;
        }
        double h = jx < 0 ? -0.5 : 0.5;
        if (ix < 0x40360000) { // |x| < 22
            if (ix < 0x3e300000) { // |x| < 2^-28
                return x;
            }
            double t = expm1(Math.abs(x));
            if (ix < 0x3ff00000) {
                return h * (2.0 * t - t * t / (t + 1.0));
            }
            return h * (t + t / (t + 1.0));
        }
        if (ix < 0x40862e42) { // |x| < log(MAX_VALUE)
            return h * LibM.exp(Math.abs(x));
        }
        if (ix < 0x408633ce || ix == 0x408633ce && Integer.compareUnsigned(low(x), 0x8fb9f87d) <= 0) {
            double w = LibM.exp(0.5 * Math.abs(x));
            double t = h * w;
            return t * w;
        }
        return x * 1.0e307; // overflow
    }

    static double cosh(double x) {
        int ix = high(x) & 0x7fffffff;
        if (ix < 0x40360000) { // |x| < 22
            if (ix < 0x3fd62e43) { // |x| < ln2 / 2
                if (ix < 0x3c800000) {
                    return 1.0;
                }
                double t = expm1(Math.abs(x));
                double w = 1.0 + t;
                return 1.0 + (t * t) / (w + w);
            }
            double t = LibM.exp(Math.abs(x));
            return 0.5 * t + 0.5 / t;
        }
        if (ix < 0x40862e42) {
            return 0.5 * LibM.exp(Math.abs(x));
        }
        if (ix < 0x408633ce || ix == 0x408633ce && Integer.compareUnsigned(low(x), 0x8fb9f87d) <= 0) {
            double w = LibM.exp(0.5 * Math.abs(x));
            double t = 0.5 * w;
            return t * w;
        }
        if (ix >= 0x7ff00000) {
            return x * x;
        }
        return Double.POSITIVE_INFINITY;
    }

    static double tanh(double x) {
        int jx = high(x);
        int ix = jx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return jx >= 0 ? 1.0 / x + 1.0 : 1.0 / x - 1.0;
        }
        double z;
        if (ix < 0x40360000) { // |x| < 22
            if ((ix | low(x)) == 0) {
                return x;
            }
            if (ix < 0x3c800000) { // |x| < 2^-55
                return x * (1.0 + x);
            }
            if (ix >= 0x3ff00000) { // |x| >= 1
                double t = expm1(2.0 * Math.abs(x));
                z = 1.0 - 2.0 / (t + 2.0);
            } else {
                double t = expm1(-2.0 * Math.abs(x));
                z = -t / (t + 2.0);
            }
        } else {
            z = 1.0 - TINY;
        }
        return jx >= 0 ? z : -z;
    }

    static double asinh(double x) {
        int ix = high(x) & 0x7fffffff;
        if (ix < 0x3e300000) { // |x| < 2^-28
            return x;
        }
        double w;
        if (ix > 0x41b00000) { // |x| > 2^28
            if (ix >= 0x7ff00000) {
                return x + x;
            }
            w = LibM.log(Math.abs(x)) + LN2;
        } else {
            double xa = Math.abs(x);
            if (ix > 0x40000000) { // 2 < |x| < 2^28
                w = LibM.log(2.0 * xa + 1.0 / (Math.sqrt(xa * xa + 1.0) + xa));
            } else {
                double t = xa * xa;
                w = log1p(xa + t / (1.0 + Math.sqrt(1.0 + t)));
            }
        }
        return Math.copySign(w, x);
    }

    static double acosh(double x) {
        long hx = Double.doubleToRawLongBits(x);
        if (hx > 0x4000000000000000L) { // x > 2
            if (hx >= 0x41b0000000000000L) { // x >= 2^28
                return hx >= 0x7ff0000000000000L ? x + x : LibM.log(x) + LN2;
            }
            double t = x * x;
            return LibM.log(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
        } else if (hx > 0x3ff0000000000000L) { // 1 < x < 2
            double t = x - 1.0;
            return log1p(t + Math.sqrt(2.0 * t + t * t));
        } else if (hx == 0x3ff0000000000000L) {
            return 0.0;
        }
        return Double.NaN;
    }

    static double atanh(double x) {
        double xa = Math.abs(x);
        double t;
        if (xa < 0.5) {
            if (xa < 0x1.0p-28) {
                return x;
            }
            t = xa + xa;
            t = 0.5 * log1p(t + t * xa / (1.0 - xa));
        } else if (xa < 1.0) {
            t = 0.5 * log1p((xa + xa) / (1.0 - xa));
        } else if (xa > 1.0 || Double.isNaN(x)) {
            return Double.NaN;
        } else {
            return x / 0.0;
        }
        return Math.copySign(t, x);
    }

    // ---- erf, erfc ----------------------------------------------------------------------------------

    private static final double ERX = 8.45062911510467529297e-01;
    private static final double EFX = 1.28379167095512586316e-01;
    private static final double[] PP = {1.28379167095512558561e-01, -3.25042107247001499370e-01,
        -2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05};
    private static final double[] QQ = {0.0, 3.97917223959155352819e-01, 6.50222499887672944485e-02,
        5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06};
    private static final double[] PA = {-2.36211856075265944077e-03, 4.14856118683748331666e-01,
        -3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01,
        3.54783043256182359371e-02, -2.16637559486879084300e-03};
    private static final double[] QA = {0.0, 1.06420880400844228286e-01, 5.40397917702171048937e-01,
        7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02,
        1.19844998467991074170e-02};
    private static final double[] RA = {-9.86494403484714822705e-03, -6.93858572707181764372e-01,
        -1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02,
        -1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00};
    private static final double[] SA = {0.0, 1.96512716674392571292e+01, 1.37657754143519042600e+02,
        4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02,
        1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02};
    private static final double[] RB = {-9.86494292470009928597e-03, -7.99283237680523006574e-01,
        -1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02,
        -1.02509513161107724954e+03, -4.83519191608651397019e+02};
    private static final double[] SB = {0.0, 3.03380607434824582924e+01, 3.25792512996573918826e+02,
        1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03,
        4.74528541206955367215e+02, -2.24409524465858183362e+01};

    /** erf(x) - x, divided by x, on |x| < 0.84375: the rational function P/Q of x^2. */
    private static double smallRatio(double x) {
        double z = x * x;
        double r1 = PP[0] + z * PP[1];
        double z2 = z * z;
        double r2 = PP[2] + z * PP[3];
        double z4 = z2 * z2;
        double s1 = 1.0 + z * QQ[1];
        double s2 = QQ[2] + z * QQ[3];
        double s3 = QQ[4] + z * QQ[5];
        double r = r1 + z2 * r2 + z4 * PP[4];
        double s = s1 + z2 * s2 + z4 * s3;
        return r / s;
    }

    /** erf(1 + s) - erx on 0.84375 <= |x| < 1.25. */
    private static double nearOne(double s) {
        double p1 = PA[0] + s * PA[1];
        double s2 = s * s;
        double q1 = 1.0 + s * QA[1];
        double s4 = s2 * s2;
        double p2 = PA[2] + s * PA[3];
        double s6 = s4 * s2;
        double q2 = QA[2] + s * QA[3];
        double p3 = PA[4] + s * PA[5];
        double q3 = QA[4] + s * QA[5];
        double p = p1 + s2 * p2 + s4 * p3 + s6 * PA[6];
        double q = q1 + s2 * q2 + s4 * q3 + s6 * QA[6];
        return p / q;
    }

    /** erfc(x) for 1.25 <= x < 28 (ix the high word): exp(-x*x - 0.5625 + R/S) / x. */
    private static double tail(double x, int ix, boolean erfcBoundary) {
        double s = 1.0 / (x * x);
        double r;
        double d;
        if (ix < (erfcBoundary ? 0x4006DB6D : 0x4006DB6E)) { // |x| < 1/0.35
            double r1 = RA[0] + s * RA[1];
            double s2 = s * s;
            double t1 = 1.0 + s * SA[1];
            double s4 = s2 * s2;
            double r2 = RA[2] + s * RA[3];
            double s6 = s4 * s2;
            double t2 = SA[2] + s * SA[3];
            double s8 = s4 * s4;
            double r3 = RA[4] + s * RA[5];
            double t3 = SA[4] + s * SA[5];
            double r4 = RA[6] + s * RA[7];
            double t4 = SA[6] + s * SA[7];
            r = r1 + s2 * r2 + s4 * r3 + s6 * r4;
            d = t1 + s2 * t2 + s4 * t3 + s6 * t4 + s8 * SA[8];
        } else {
            double r1 = RB[0] + s * RB[1];
            double s2 = s * s;
            double t1 = 1.0 + s * SB[1];
            double s4 = s2 * s2;
            double r2 = RB[2] + s * RB[3];
            double s6 = s4 * s2;
            double t2 = SB[2] + s * SB[3];
            double r3 = RB[4] + s * RB[5];
            double t3 = SB[4] + s * SB[5];
            double t4 = SB[6] + s * SB[7];
            r = r1 + s2 * r2 + s4 * r3 + s6 * RB[6];
            d = t1 + s2 * t2 + s4 * t3 + s6 * t4;
        }
        double z = Double.longBitsToDouble(Double.doubleToRawLongBits(x) & 0xffffffff00000000L);
        return LibM.exp(-z * z - 0.5625) * LibM.exp((z - x) * (z + x) + r / d);
    }

    static double erf(double x) {
        int hx = high(x);
        int ix = hx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            int i = (hx >>> 31) << 1;
            return (double) (1 - i) + 1.0 / x;
        }
        if (ix < 0x3feb0000) { // |x| < 0.84375
            if (ix < 0x3e300000) { // |x| < 2^-28
                if (ix < 0x00800000) {
                    return 0.0625 * (16.0 * x + (16.0 * EFX) * x);
                }
                return x + EFX * x;
            }
            return x + x * smallRatio(x);
        }
        if (ix < 0x3ff40000) { // 0.84375 <= |x| < 1.25
            double pq = nearOne(Math.abs(x) - 1.0);
            return hx >= 0 ? ERX + pq : -ERX - pq;
        }
        if (ix >= 0x40180000) { // |x| >= 6
            return hx >= 0 ? 1.0 - TINY : TINY - 1.0;
        }
        double ax = Math.abs(x);
        double r = tail(ax, ix, false);
        return hx >= 0 ? 1.0 - r / ax : r / ax - 1.0;
    }

    static double erfc(double x) {
        int hx = high(x);
        int ix = hx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return (double) ((hx >>> 31) << 1) + 1.0 / x;
        }
        if (ix < 0x3feb0000) { // |x| < 0.84375
            if (ix < 0x3c700000) { // |x| < 2^-56
                return 1.0 - x;
            }
            double y = smallRatio(x);
            if (hx < 0x3fd00000) { // x < 1/4
                return 1.0 - (x + x * y);
            }
            double r = x * y;
            r += x - 0.5;
            return 0.5 - r;
        }
        if (ix < 0x3ff40000) { // 0.84375 <= |x| < 1.25
            double pq = nearOne(Math.abs(x) - 1.0);
            if (hx >= 0) {
                double z = 1.0 - ERX;
                return z - pq;
            }
            double z = ERX + pq;
            return 1.0 + z;
        }
        if (ix < 0x403c0000) { // |x| < 28
            if (hx < 0 && ix >= 0x40180000) {
                return 2.0 - TINY; // x < -6
            }
            double ax = Math.abs(x);
            double r = tail(ax, ix, true);
            return hx > 0 ? r / ax : 2.0 - r / ax;
        }
        return hx > 0 ? 0.0 : 2.0 - TINY;
    }

    // ---- cbrt (glibc's own: a polynomial start and one rational Halley step) -------------------------

    private static final double CBRT2 = 1.2599210498948731648;
    private static final double SQR_CBRT2 = 1.5874010519681994748;
    private static final double[] CBRT_FACTOR = {1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2};

    static double cbrt(double x) {
        if (!Double.isFinite(x) || x == 0) {
            return x + x;
        }
        double ax = Math.abs(x);
        int xe = Math.getExponent(ax) + 1;
        if (ax < Double.MIN_NORMAL) {
            double scaled = ax * 0x1p54;
            xe = Math.getExponent(scaled) + 1 - 54;
        }
        double xm = Math.scalb(ax, -xe); // in [0.5, 1)
        double u = 0.354895765043919860
                + ((1.50819193781584896
                + ((-2.11499494167371287
                + ((2.44693122563534430
                + ((-1.83469277483613086
                + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm)) * xm)) * xm)) * xm);
        double t2 = u * u * u;
        double ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + xe % 3];
        return Math.scalb(x > 0.0 ? ym : -ym, xe / 3);
    }
}
