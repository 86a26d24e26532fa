package org.krait.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The C library's math functions, with the results CPython gets from glibc on x86-64. glibc's exp, log, log2,
 * exp2, pow, sin, cos, tan, asin, acos, atan and atan2 are correctly rounded (or as near as makes no
 * difference), while {@code java.lang.Math} and {@code StrictMath} are often an ulp away: these are evaluated
 * here in double-double arithmetic ({@link DD}) and rounded once. The rest of glibc's double functions are
 * Sun's fdlibm algorithms, reproduced operation for operation in {@link Fdlibm}.
 * Special values (NaN, infinities, zeros) follow C99 Annex F; callers map NaN/infinite results to Python errors.
 */
public final class LibM {
    private LibM() {
    }

    // ln 2 and pi/2 as sums of doubles (about 159 and 212 bits)
    private static final double LN2_1 = 0x1.62e42fefa39efp-1;
    private static final double LN2_2 = 0x1.abc9e3b39803fp-56;
    private static final double LN2_3 = 0x1.7b57a079a1934p-111;
    private static final DD LN2 = new DD(LN2_1, LN2_2);
    private static final DD INV_LN2 = new DD(0x1.71547652b82fep+0, 0x1.777d0ffda0d24p-56);
    private static final double PIO2_1 = 0x1.921fb54442d18p+0;
    private static final double PIO2_2 = 0x1.1a62633145c07p-54;
    private static final double PIO2_3 = -0x1.f1976b7ed8fbcp-110;
    private static final double PIO2_4 = 0x1.4cf98e804177dp-164;
    private static final double SQRT2 = Math.sqrt(2);

    // ---- exponential and logarithm ------------------------------------------------------------------

    public static double exp(double x) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x > 710) {
            return Double.POSITIVE_INFINITY;
        }
        if (x < -746) {
            return 0.0;
        }
        return expScaled(DD.of(x));
    }

    /** {@code 2 ** x}. */
    public static double exp2(double x) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x > 1025) {
            return Double.POSITIVE_INFINITY;
        }
        if (x < -1076) {
            return 0.0;
        }
        double n = Math.rint(x);
        DD r = LN2.mul(x - n); // x - n is exact
        Scaled e = expKernel(r);
        return roundScaled(e.m, e.k + (int) n);
    }

    public static double log(double x) {
        if (!(x > 0) || x == Double.POSITIVE_INFINITY) {
            return logSpecial(x);
        }
        return logDD(x).value();
    }

    public static double log2(double x) {
        if (!(x > 0) || x == Double.POSITIVE_INFINITY) {
            return logSpecial(x);
        }
        Split s = split(x);
        return logKernel(s.m).mul(INV_LN2).add(s.e).value();
    }

    private static double logSpecial(double x) {
        if (x == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        return x == Double.POSITIVE_INFINITY ? x : Double.NaN;
    }

    /** ln x for a finite x > 0, to about 104 bits. */
    static DD logDD(double x) {
        Split s = split(x);
        DD r = logKernel(s.m);
        if (s.e == 0) {
            return r;
        }
        DD k = DD.twoProd(s.e, LN2_1).add(DD.twoProd(s.e, LN2_2)).add(s.e * LN2_3);
        return k.add(r);
    }

    /** x = m * 2^e with m in [sqrt(1/2), sqrt(2)]. */
    private record Split(double m, int e) {
    }

    private static Split split(double x) {
        int e = 0;
        if (x < Double.MIN_NORMAL) {
            x *= 0x1p54;
            e = -54;
        }
        int k = Math.getExponent(x);
        double m = Math.scalb(x, -k);
        e += k;
        if (m > SQRT2) {
            m /= 2;
            e++;
        }
        return new Split(m, e);
    }

    /**
     * ln m for m in [sqrt(1/2), sqrt(2)]: one Newton step from the library's estimate y0,
     * ln m = y0 + ln(m e^-y0) with m e^-y0 - 1 = (m - 1) + m expm1(-y0) computed without cancellation.
     */
    private static DD logKernel(double m) {
        double y0 = Math.log(m);
        DD em = expm1Kernel(DD.of(-y0));
        DD t = em.mul(m).add(m - 1);
        return t.add(-0.5 * t.hi * t.hi).add(y0);
    }

    /** A double-double times a power of two, for results that may lie outside the double range. */
    private record Scaled(DD m, int k) {
    }

    private static double expScaled(DD x) {
        Scaled e = expKernel(x);
        return roundScaled(e.m, e.k);
    }

    /** e^x = m * 2^k with x = k ln2 + r, |r| <= ln2 / 2. */
    private static Scaled expKernel(DD x) {
        double k = Math.rint(x.hi * INV_LN2.hi);
        DD r = x.sub(DD.twoProd(k, LN2_1)).sub(DD.twoProd(k, LN2_2)).add(-k * LN2_3);
        return new Scaled(expm1Kernel(r).add(1), (int) k);
    }

    /** e^r - 1 for |r| <= 0.36: Taylor series of r / 32, then five doublings e^2s - 1 = (e^s - 1)(e^s + 1). */
    private static DD expm1Kernel(DD r) {
        if (r.hi == 0) {
            return DD.ZERO;
        }
        DD s = r.scalb(-5);
        DD p = DD.INV_FACTORIAL[14];
        for (int n = 13; n >= 1; n--) {
            p = p.mul(s).add(DD.INV_FACTORIAL[n]);
        }
        DD em = p.mul(s);
        for (int i = 0; i < 5; i++) {
            em = em.mul(em.add(2));
        }
        return em;
    }

    /** Rounds m * 2^k to a double once, also when the result is subnormal (where scaling alone rounds twice). */
    private static double roundScaled(DD m, int k) {
        double q = Math.scalb(m.hi, k);
        if (Math.abs(q) >= Double.MIN_NORMAL || q == 0 && m.hi == 0 || Double.isInfinite(q)) {
            return q;
        }
        // the subnormal grid at scale 2^-k is coarser than m's precision: correct q by the part scaling dropped
        double back = Math.scalb(q, -k);
        double diff = (m.hi - back) + m.lo;
        double half = Math.scalb(Double.MIN_VALUE, -k) / 2;
        if (diff > half || diff == half && (Double.doubleToRawLongBits(q) & 1) != 0) {
            q = Math.nextUp(q);
        } else if (diff < -half || diff == -half && (Double.doubleToRawLongBits(q) & 1) != 0) {
            q = Math.nextDown(q);
        }
        return q;
    }

    /** {@code x ** y} as C99 pow. */
    public static double pow(double x, double y) {
        return pow(x, y, true);
    }

    /**
     * {@code x ** y} for hot arithmetic: C's special values, then the JDK's pow (within 1 ulp) for the general
     * case instead of the double-double evaluation, which costs about a hundred times more. The two agree but
     * for the last bit of rare results.
     */
    public static double powFast(double x, double y) {
        return pow(x, y, false);
    }

    private static double pow(double x, double y, boolean correctlyRounded) {
        if (y == 0 || x == 1) {
            return 1.0;
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        boolean yIsInt = y == Math.rint(y);
        boolean yIsOdd = yIsInt && Math.abs(y) < 0x1p53 && ((long) y & 1) != 0;
        if (Double.isInfinite(y)) {
            double ax = Math.abs(x);
            if (ax == 1) {
                return 1.0;
            }
            return (ax > 1) == (y > 0) ? Double.POSITIVE_INFINITY : 0.0;
        }
        if (x == 0) {
            if (y < 0) {
                return yIsOdd ? 1 / x : Double.POSITIVE_INFINITY;
            }
            return yIsOdd ? x : 0.0;
        }
        if (Double.isInfinite(x)) {
            if (x > 0) {
                return y > 0 ? x : 0.0;
            }
            if (y > 0) {
                return yIsOdd ? x : Double.POSITIVE_INFINITY;
            }
            return yIsOdd ? -0.0 : 0.0;
        }
        if (x < 0 && !yIsInt) {
            return Double.NaN;
        }
        double r = correctlyRounded ? powPositive(Math.abs(x), y) : Math.pow(Math.abs(x), y);
        return x < 0 && yIsOdd ? -r : r;
    }

    private static double powPositive(double x, double y) {
        if (y == 2) {
            DD sq = DD.twoProd(x, x);
            return Double.isInfinite(sq.hi) ? sq.hi : roundScaled(sq, 0);
        }
        double exact = exactIntegerPower(x, y);
        if (!Double.isNaN(exact)) {
            return exact;
        }
        DD l = logDD(x).mul(y);
        if (l.hi > 710) {
            return Double.POSITIVE_INFINITY;
        }
        if (l.hi < -746) {
            return 0.0;
        }
        return expScaled(l);
    }

    /**
     * x ** y for a positive integer y whose exact result has at most 62 significant bits (it may be an exact
     * midpoint between two doubles, which an approximation cannot round reliably); NaN otherwise.
     */
    private static double exactIntegerPower(double x, double y) {
        if (y <= 0 || y > 62 || y != Math.rint(y)) {
            return Double.NaN;
        }
        long bits = Double.doubleToRawLongBits(x);
        int exp = Math.getExponent(x);
        long mant = exp == Double.MIN_EXPONENT - 1 ? (bits & 0xfffffffffffffL) << 1 : (bits & 0xfffffffffffffL) | (1L << 52);
        if (exp == Double.MIN_EXPONENT - 1) {
            exp = Double.MIN_EXPONENT;
        }
        int tz = Long.numberOfTrailingZeros(mant);
        long odd = mant >>> tz;
        int oddBits = 64 - Long.numberOfLeadingZeros(odd);
        int n = (int) y;
        if ((long) oddBits * n > 62) {
            return Double.NaN;
        }
        long p = 1;
        for (int i = 0; i < n; i++) {
            p *= odd;
        }
        long scale = ((long) exp - 52 + tz) * n;
        if (scale > 2000 || scale < -2200) {
            return scale > 0 ? Double.POSITIVE_INFINITY : 0.0;
        }
        double hi = (double) p;
        double lo = (double) (p - (long) hi);
        return roundScaled(DD.fastTwoSum(hi, lo), (int) scale);
    }

    // ---- trigonometric functions ------------------------------------------------------------------

    public static double sin(double x) {
        if (!Double.isFinite(x)) {
            return Double.NaN;
        }
        if (x == 0) {
            return x;
        }
        Reduced r = reduce(x);
        return switch (r.quadrant) {
            case 0 -> sinKernel(r.r).value();
            case 1 -> cosKernel(r.r).value();
            case 2 -> -sinKernel(r.r).value();
            default -> -cosKernel(r.r).value();
        };
    }

    public static double cos(double x) {
        if (!Double.isFinite(x)) {
            return Double.NaN;
        }
        Reduced r = reduce(x);
        return switch (r.quadrant) {
            case 0 -> cosKernel(r.r).value();
            case 1 -> -sinKernel(r.r).value();
            case 2 -> -cosKernel(r.r).value();
            default -> sinKernel(r.r).value();
        };
    }

    public static double tan(double x) {
        if (!Double.isFinite(x)) {
            return Double.NaN;
        }
        if (x == 0) {
            return x;
        }
        Reduced r = reduce(x);
        DD s = sinKernel(r.r);
        DD c = cosKernel(r.r);
        return (r.quadrant & 1) == 0 ? s.div(c).value() : c.div(s).negate().value();
    }

    /** x = r + quadrant * pi/2 (mod 2 pi), |r| <= about pi/4. */
    private record Reduced(DD r, int quadrant) {
    }

    private static Reduced reduce(double x) {
        if (Math.abs(x) < Math.PI / 4) {
            return new Reduced(DD.of(x), 0);
        }
        if (Math.abs(x) < 0x1p30) {
            double n = Math.rint(x * (2 / Math.PI));
            DD r = DD.of(x).sub(DD.twoProd(n, PIO2_1)).sub(DD.twoProd(n, PIO2_2)).sub(DD.twoProd(n, PIO2_3))
                    .add(-n * PIO2_4);
            return new Reduced(r, (int) ((long) n & 3));
        }
        return HugeReduction.reduce(x);
    }

    /** Reduction of huge arguments with an exact decimal expansion of pi/2 (computed on first use). */
    private static final class HugeReduction {
        private static final MathContext MC = new MathContext(420, RoundingMode.HALF_EVEN);
        private static final BigDecimal PI_2 = pi(MC).divide(BigDecimal.valueOf(2), MC);

        static Reduced reduce(double x) {
            BigDecimal bx = new BigDecimal(x);
            BigInteger n = bx.divide(PI_2, MC).setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact();
            BigDecimal r = bx.subtract(PI_2.multiply(new BigDecimal(n), MC), MC);
            double hi = r.doubleValue();
            double lo = r.subtract(new BigDecimal(hi), MC).doubleValue();
            return new Reduced(new DD(hi, lo), n.intValue() & 3);
        }

        /** pi = 16 atan(1/5) - 4 atan(1/239) (Machin). */
        private static BigDecimal pi(MathContext mc) {
            return atanInverse(5, mc).multiply(BigDecimal.valueOf(16)).subtract(
                    atanInverse(239, mc).multiply(BigDecimal.valueOf(4)), mc);
        }

        private static BigDecimal atanInverse(int n, MathContext mc) {
            BigDecimal x = BigDecimal.ONE.divide(BigDecimal.valueOf(n), mc);
            BigDecimal x2 = x.multiply(x, mc);
            BigDecimal term = x;
            BigDecimal sum = x;
            BigDecimal eps = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 5);
            for (int k = 3; term.abs().compareTo(eps) > 0; k += 2) {
                term = term.multiply(x2, mc).negate();
                sum = sum.add(term.divide(BigDecimal.valueOf(k), mc), mc);
            }
            return sum;
        }
    }

    /** The number of Taylor terms that reach 2^-110 for |r| up to about pi/4 (fewer for small r). */
    private static int taylorTerms(double r) {
        double a = Math.abs(r);
        return a < 0x1p-20 ? 4 : a < 0x1p-10 ? 7 : a < 0x1p-4 ? 10 : a < 0.25 ? 12 : 14;
    }

    /** sin r = r (1 - r^2/3! + r^4/5! - ...). */
    private static DD sinKernel(DD r) {
        DD r2 = r.mul(r);
        int terms = taylorTerms(r.hi);
        DD p = DD.INV_FACTORIAL[2 * terms + 1];
        for (int k = terms - 1; k >= 0; k--) {
            p = p.mul(r2).negate().add(DD.INV_FACTORIAL[2 * k + 1]);
        }
        return p.mul(r);
    }

    /** cos r = 1 - r^2/2! + r^4/4! - .... */
    private static DD cosKernel(DD r) {
        DD r2 = r.mul(r);
        int terms = taylorTerms(r.hi);
        DD p = DD.INV_FACTORIAL[2 * terms];
        for (int k = terms - 1; k >= 0; k--) {
            p = p.mul(r2).negate().add(DD.INV_FACTORIAL[2 * k]);
        }
        return p;
    }

    // ---- inverse trigonometric functions ----------------------------------------------------------

    public static double atan(double x) {
        if (Double.isNaN(x) || x == 0) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Math.copySign(PIO2_1, x);
        }
        return atan2DD(DD.of(x), DD.ONE);
    }

    public static double atan2(double y, double x) {
        if (!Double.isFinite(x) || !Double.isFinite(y) || x == 0 || y == 0) {
            return Math.atan2(y, x);
        }
        return atan2DD(DD.of(y), DD.of(x));
    }

    public static double asin(double x) {
        if (Double.isNaN(x) || x == 0) {
            return x;
        }
        if (Math.abs(x) > 1) {
            return Double.NaN;
        }
        return atan2DD(DD.of(x), oneMinusSquare(x).sqrt());
    }

    public static double acos(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Math.abs(x) > 1) {
            return Double.NaN;
        }
        if (x == 1) {
            return 0.0;
        }
        return atan2DD(oneMinusSquare(x).sqrt(), DD.of(x));
    }

    /** 1 - x*x exactly (x*x is exact as a double-double, and 1 - its head is exact by Sterbenz or twoSum). */
    private static DD oneMinusSquare(double x) {
        DD sq = DD.twoProd(x, x);
        return DD.ONE.sub(sq);
    }

    /**
     * The angle of the point (x, y), both finite and not both zero: from the library's estimate t0, one step
     * t = t0 + atan((y cos t0 - x sin t0) / (x cos t0 + y sin t0)), where the fraction is tiny so atan(u) = u.
     */
    private static double atan2DD(DD y, DD x) {
        double big = Math.max(Math.abs(y.hi), Math.abs(x.hi));
        int scale = big > 0x1p1000 ? -200 : big < 0x1p-900 ? 200 : 0;
        if (scale != 0) {
            y = y.scalb(scale);
            x = x.scalb(scale);
        }
        double t0 = Math.atan2(y.hi, x.hi);
        if (t0 == 0) {
            return Math.atan2(y.hi, x.hi);
        }
        Reduced r = reduce(t0);
        DD s = sinKernel(r.r);
        DD c = cosKernel(r.r);
        for (int q = 0; q < r.quadrant; q++) {
            DD t = s;
            s = c;
            c = t.negate();
        }
        DD num = y.mul(c).sub(x.mul(s));
        DD den = x.mul(c).add(y.mul(s));
        return num.div(den).add(t0).value();
    }

    // ---- glibc's fdlibm-based functions -----------------------------------------------------------

    public static double expm1(double x) {
        return Fdlibm.expm1(x);
    }

    public static double log1p(double x) {
        return Fdlibm.log1p(x);
    }

    public static double log10(double x) {
        return Fdlibm.log10(x);
    }

    public static double sinh(double x) {
        return Fdlibm.sinh(x);
    }

    public static double cosh(double x) {
        return Fdlibm.cosh(x);
    }

    public static double tanh(double x) {
        return Fdlibm.tanh(x);
    }

    public static double asinh(double x) {
        return Fdlibm.asinh(x);
    }

    public static double acosh(double x) {
        return Fdlibm.acosh(x);
    }

    public static double atanh(double x) {
        return Fdlibm.atanh(x);
    }

    public static double erf(double x) {
        return Fdlibm.erf(x);
    }

    public static double erfc(double x) {
        return Fdlibm.erfc(x);
    }

    public static double cbrt(double x) {
        return Fdlibm.cbrt(x);
    }

    /**
     * The Euclidean norm of non-negative, finite coordinates whose maximum is {@code max}, correctly rounded
     * (CPython's own vector_norm behind math.hypot and math.dist is, almost always): squares summed exactly
     * in double-double after scaling by a power of two.
     */
    public static double norm(double[] coords, double max) {
        if (max == 0 || coords.length == 1) {
            return max;
        }
        int e = Math.getExponent(max);
        if (e < Double.MIN_EXPONENT) {
            e = Double.MIN_EXPONENT;
        }
        DD sum = DD.ZERO;
        for (double c : coords) {
            double s = Math.scalb(c, -e);
            sum = sum.add(DD.twoProd(s, s));
        }
        return roundScaled(sum.sqrt(), e);
    }

    // ---- hypot ------------------------------------------------------------------------------------

    /** {@code hypot(x, y)}: sqrt(x*x + y*y) with a fused correction step, scaled against overflow/underflow. */
    public static double hypot(double x, double y) {
        x = Math.abs(x);
        y = Math.abs(y);
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        if (x < y) {
            double t = x;
            x = y;
            y = t;
        }
        if (y == 0) {
            return x;
        }
        // scale so that the squares neither overflow nor lose precision to underflow (powers of two are exact)
        int scale = 0;
        if (x > 0x1p500) {
            scale = 600;
        } else if (x < 0x1p-500) {
            scale = -600;
        }
        if (scale != 0) {
            x = Math.scalb(x, -scale);
            y = Math.scalb(y, -scale);
        }
        double h = Math.sqrt(Math.fma(x, x, y * y));
        double hSq = h * h;
        double xSq = x * x;
        double err = Math.fma(-y, y, hSq - xSq) + Math.fma(h, h, -hSq) - Math.fma(x, x, -xSq);
        h -= err / (2 * h);
        return scale == 0 ? h : Math.scalb(h, scale);
    }
}
