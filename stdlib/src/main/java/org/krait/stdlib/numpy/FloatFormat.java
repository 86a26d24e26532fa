package org.krait.stdlib.numpy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How numpy 1.24 prints the floats of an array (its {@code FloatingFormat} in the default 'maxprec' mode with
 * the precision of the print options, 8 by default): every value with its shortest round-tripping digits, rounded
 * to at most that many fractional digits, and
 * all aligned on the decimal point; scientific notation when the values span too wide a range.
 */
final class FloatFormat {
    private final boolean float32;
    private boolean exp;
    private int padLeft;
    private int padRight;
    private int precision;
    private int minDigits;
    private int expSize = -1;

    /** Fitted to {@code values} (the elements that will be printed). */
    FloatFormat(double[] values, boolean float32, PrintOptions options) {
        this.float32 = float32;
        int digits = options.precision();
        precision = digits;
        double max = 0;
        double min = Double.POSITIVE_INFINITY;
        int finite = 0;
        boolean nonFinite = false;
        boolean negInf = false;
        for (double v : values) {
            if (!Double.isFinite(v)) {
                nonFinite = true;
                negInf |= v == Double.NEGATIVE_INFINITY;
                continue;
            }
            finite++;
            double a = Math.abs(v);
            if (a != 0) {
                max = Math.max(max, a);
                min = Math.min(min, a);
            }
        }
        if (max != 0 && (max >= 1e8 || (!options.suppress() && (min < 0.0001 || max / min > 1000.)))) {
            exp = true;
        }
        if (finite == 0) {
            padLeft = 0;
            padRight = 0;
        } else if (exp) {
            int frac = 0;
            int intLen = 0;
            for (double v : values) {
                if (Double.isFinite(v)) {
                    String s = scientific(v, digits, 0, 0, -1);
                    int e = s.indexOf('e');
                    int dot = s.indexOf('.');
                    frac = Math.max(frac, e - dot - 1);
                    intLen = Math.max(intLen, dot);
                    expSize = Math.max(expSize, s.length() - e - 2);
                }
            }
            precision = frac;
            minDigits = frac;
            padLeft = intLen;
            padRight = expSize + 2 + precision;
        } else {
            for (double v : values) {
                if (Double.isFinite(v)) {
                    String s = positional(v, digits, 0, 0, 0);
                    int dot = s.indexOf('.');
                    padLeft = Math.max(padLeft, dot);
                    padRight = Math.max(padRight, s.length() - dot - 1);
                }
            }
        }
        if (nonFinite) {
            int offset = padRight + 1;
            padLeft = Math.max(padLeft, Math.max(3 - offset, 3 + (negInf ? 1 : 0) - offset));
        }
    }

    String format(double x) {
        if (!Double.isFinite(x)) {
            String s = Double.isNaN(x) ? "nan" : x < 0 ? "-inf" : "inf";
            return " ".repeat(Math.max(0, padLeft + padRight + 1 - s.length())) + s;
        }
        return exp ? scientific(x, precision, minDigits, padLeft, expSize)
                : positional(x, precision, minDigits, padLeft, padRight);
    }

    /** The shortest decimal that reads back as {@code x} (in float32 for float32 arrays), without sign. */
    private BigDecimal shortest(double x) {
        String s = float32 ? Float.toString(Math.abs((float) x)) : Double.toString(Math.abs(x));
        return new BigDecimal(s).stripTrailingZeros();
    }

    private BigDecimal exact(double x) {
        return float32 ? new BigDecimal((double) Math.abs((float) x)) : new BigDecimal(Math.abs(x));
    }

    private static String sign(double x) {
        return Math.copySign(1.0, x) < 0 ? "-" : "";
    }

    private String positional(double x, int prec, int minDigits, int padLeft, int padRight) {
        BigDecimal d = x == 0 ? BigDecimal.ZERO : shortest(x);
        if (d.scale() > prec) {
            d = exact(x).setScale(prec, RoundingMode.HALF_EVEN).stripTrailingZeros();
        } else if (d.scale() < 0) {
            // the integer digits beyond the shortest ones are the value's own (they differ for float32)
            d = exact(x).setScale(0, RoundingMode.HALF_EVEN);
        }
        String plain = d.toPlainString();
        int dot = plain.indexOf('.');
        String intPart = sign(x) + (dot < 0 ? plain : plain.substring(0, dot));
        StringBuilder frac = new StringBuilder(dot < 0 ? "" : plain.substring(dot + 1));
        while (frac.length() < minDigits) {
            frac.append('0');
        }
        StringBuilder sb = new StringBuilder();
        sb.append(" ".repeat(Math.max(0, padLeft - intPart.length()))).append(intPart).append('.').append(frac);
        sb.append(" ".repeat(Math.max(0, padRight - frac.length())));
        return sb.toString();
    }

    private String scientific(double x, int prec, int minDigits, int padLeft, int expDigits) {
        String digits;
        int exponent;
        if (x == 0) {
            digits = "0";
            exponent = 0;
        } else {
            BigDecimal d = shortest(x);
            if (d.precision() - 1 > prec) {
                d = exact(x).round(new MathContext(prec + 1, RoundingMode.HALF_EVEN)).stripTrailingZeros();
            } else if (d.precision() - 1 < minDigits) {
                // padded with the value's own further digits, not zeros (they differ for float32)
                d = exact(x).round(new MathContext(minDigits + 1, RoundingMode.HALF_EVEN));
            }
            digits = d.unscaledValue().toString();
            exponent = d.precision() - 1 - d.scale();
        }
        StringBuilder frac = new StringBuilder(digits.substring(1));
        while (frac.length() < minDigits) {
            frac.append('0');
        }
        String intPart = sign(x) + digits.charAt(0);
        String e = Integer.toString(Math.abs(exponent));
        int width = Math.max(2, expDigits);
        e = "0".repeat(Math.max(0, width - e.length())) + e;
        return " ".repeat(Math.max(0, padLeft - intPart.length())) + intPart + "." + frac + "e"
                + (exponent < 0 ? "-" : "+") + e;
    }
}
