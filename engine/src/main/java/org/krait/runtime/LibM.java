package org.krait.runtime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The few C library functions whose results CPython's complex arithmetic exposes, rounded like glibc's
 * (correctly, or as near as makes no difference). {@code Math.pow/exp/log/sin/cos} already agree with glibc
 * almost always; fdlibm's {@code hypot} and {@code atan2} are often an ulp away, so these are computed here.
 */
public final class LibM {
    private LibM() {
    }

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
        } else if (y < 0x1p-500) {
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

    private static final MathContext MC = new MathContext(36, RoundingMode.HALF_EVEN);
    private static final BigDecimal PI = new BigDecimal("3.14159265358979323846264338327950288419716939937510582");
    private static final BigDecimal HALF_PI = PI.divide(BigDecimal.valueOf(2), MC);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /** {@code atan2(y, x)}, correctly rounded for finite non-zero arguments (the rest is exact in fdlibm too). */
    public static double atan2(double y, double x) {
        if (!Double.isFinite(x) || !Double.isFinite(y) || x == 0 || y == 0) {
            return Math.atan2(y, x);
        }
        BigDecimal ax = new BigDecimal(Math.abs(x));
        BigDecimal ay = new BigDecimal(Math.abs(y));
        boolean swap = ay.compareTo(ax) > 0;
        BigDecimal t = swap ? ax.divide(ay, MC) : ay.divide(ax, MC);
        BigDecimal a = atan(t); // in [0, pi/4]
        if (swap) {
            a = HALF_PI.subtract(a, MC);
        }
        if (x < 0) {
            a = PI.subtract(a, MC);
        }
        double r = a.doubleValue();
        return y < 0 ? -r : r;
    }

    /** atan(k / 64) for k = 0..64, filled on first use. */
    private static final BigDecimal[] ATAN_TABLE = new BigDecimal[65];
    private static final BigDecimal SIXTY_FOUR = BigDecimal.valueOf(64);

    /** atan(t) for 0 <= t <= 1: atan(c) + atan((t - c) / (1 + t c)) for the nearest c = k / 64. */
    private static BigDecimal atan(BigDecimal t) {
        int k = t.multiply(SIXTY_FOUR).setScale(0, RoundingMode.HALF_EVEN).intValue();
        if (k == 0) {
            return atanSeries(t);
        }
        BigDecimal c = BigDecimal.valueOf(k).divide(SIXTY_FOUR);
        BigDecimal base = ATAN_TABLE[k];
        if (base == null) {
            base = atanSlow(c);
            ATAN_TABLE[k] = base;
        }
        BigDecimal u = t.subtract(c).divide(BigDecimal.ONE.add(t.multiply(c, MC), MC), MC);
        return base.add(atanSeries(u), MC);
    }

    /** atan(t) for any 0 <= t <= 1 by halving the argument (slow: fills the table). */
    private static BigDecimal atanSlow(BigDecimal t) {
        int doublings = 0;
        while (t.compareTo(new BigDecimal("0.01")) > 0) {
            // atan(t) = 2 atan(t / (1 + sqrt(1 + t^2)))
            BigDecimal root = BigDecimal.ONE.add(t.multiply(t, MC), MC).sqrt(MC);
            t = t.divide(BigDecimal.ONE.add(root, MC), MC);
            doublings++;
        }
        return atanSeries(t).multiply(TWO.pow(doublings), MC);
    }

    /** The Taylor series of atan for small |t|. */
    private static BigDecimal atanSeries(BigDecimal t) {
        if (t.signum() == 0) {
            return t;
        }
        BigDecimal t2 = t.multiply(t, MC);
        BigDecimal term = t;
        BigDecimal sum = t;
        BigDecimal eps = sum.abs().ulp().scaleByPowerOfTen(-2);
        for (int k = 3; ; k += 2) {
            term = term.multiply(t2, MC).negate();
            if (term.abs().compareTo(eps) < 0) {
                break;
            }
            sum = sum.add(term.divide(BigDecimal.valueOf(k), MC), MC);
        }
        return sum;
    }
}
