package org.krait.runtime.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Decimal digits of a non-negative finite double: value = 0.{@code digits} x 10^{@code decpt}, with no
 * leading or trailing zeros in {@code digits} (zero is "0" with decpt 1), plus the layout shared by
 * repr, format() and %-formatting.
 */
final class FloatDigits {
    final String digits;
    final int decpt;

    private FloatDigits(String digits, int decpt) {
        this.digits = digits;
        this.decpt = decpt;
    }

    private static final FloatDigits ZERO = new FloatDigits("0", 1);

    /** Shortest digits that round-trip, nearest to the exact value (what repr() prints). */
    static FloatDigits shortest(double a) {
        if (a == 0) return ZERO;
        // Java 19+ prints the shortest round-tripping decimal, e.g. "1.2345E-5", "123.0", "0.001"
        String s = Double.toString(a);
        int e = s.indexOf('E');
        int mantEnd = e < 0 ? s.length() : e;
        int exp = e < 0 ? 0 : Integer.parseInt(s, e + 1, s.length(), 10);
        StringBuilder sb = new StringBuilder(mantEnd);
        int point = mantEnd;
        for (int i = 0; i < mantEnd; i++) {
            char c = s.charAt(i);
            if (c == '.') point = i; else sb.append(c);
        }
        int decpt = point + exp;
        int lead = 0;
        while (lead < sb.length() - 1 && sb.charAt(lead) == '0') lead++;
        decpt -= lead;
        int end = sb.length();
        while (end > lead + 1 && sb.charAt(end - 1) == '0') end--;
        String digits = sb.substring(lead, end);
        if (digits.length() == 2 && a < Double.MIN_NORMAL) return oneDigitIfPossible(a, digits, decpt);
        return new FloatDigits(digits, decpt);
    }

    /**
     * Java may print two digits where one would round-trip (it prefers a closer 2-digit decimal, e.g.
     * 4.9E-324); Python prints the closest 1-digit decimal (5e-324). This only happens for subnormals.
     */
    private static FloatDigits oneDigitIfPossible(double a, String digits, int decpt) {
        int two = (digits.charAt(0) - '0') * 10 + (digits.charAt(1) - '0');
        int lo = two / 10, hi = lo + 1;
        boolean loOk = lo > 0 && Double.parseDouble(lo + "E" + (decpt - 1)) == a;
        boolean hiOk = Double.parseDouble(hi + "E" + (decpt - 1)) == a;
        if (!loOk && !hiOk) return new FloatDigits(digits, decpt);
        int pick;
        if (loOk && hiOk) {
            BigDecimal x = new BigDecimal(a);
            BigDecimal dLo = x.subtract(new BigDecimal(lo).scaleByPowerOfTen(decpt - 1)).abs();
            BigDecimal dHi = new BigDecimal(hi).scaleByPowerOfTen(decpt - 1).subtract(x).abs();
            int cmp = dLo.compareTo(dHi);
            pick = cmp < 0 || (cmp == 0 && lo % 2 == 0) ? lo : hi;
        } else {
            pick = loOk ? lo : hi;
        }
        return pick == 10 ? new FloatDigits("1", decpt + 1) : new FloatDigits(Integer.toString(pick), decpt);
    }

    /** Exact value rounded half-even to {@code n >= 1} significant digits. */
    static FloatDigits significant(double a, int n) {
        if (a == 0) return ZERO;
        BigDecimal bd = new BigDecimal(a).round(new MathContext(n, RoundingMode.HALF_EVEN));
        return of(bd);
    }

    /** Exact value rounded half-even to {@code p >= 0} digits after the point. */
    static FloatDigits fixed(double a, int p) {
        if (a == 0) return ZERO;
        BigDecimal bd = new BigDecimal(a).setScale(p, RoundingMode.HALF_EVEN);
        if (bd.signum() == 0) return ZERO;
        return of(bd);
    }

    private static FloatDigits of(BigDecimal bd) {
        String u = bd.unscaledValue().toString();
        int end = u.length();
        while (end > 1 && u.charAt(end - 1) == '0') end--;
        return new FloatDigits(end == u.length() ? u : u.substring(0, end), u.length() - bd.scale());
    }

    boolean isZero() { return digits.equals("0"); }

    /**
     * Appends the digits in fixed or exponent notation. {@code minFrac} pads the fraction with zeros;
     * {@code forcePoint} keeps a bare '.'; {@code addDot0} gives integral fixed results a ".0".
     */
    void render(StringBuilder sb, boolean useExp, int minFrac, boolean forcePoint, boolean addDot0, boolean upper) {
        int len = digits.length();
        int fracStart = sb.length();
        int fracLen;
        if (useExp) {
            sb.append(digits.charAt(0));
            fracStart = sb.length() + 1;
            sb.append('.').append(digits, 1, len);
            fracLen = len - 1;
        } else if (decpt <= 0) {
            sb.append("0.");
            fracStart = sb.length();
            for (int i = decpt; i < 0; i++) sb.append('0');
            sb.append(digits);
            fracLen = len - decpt;
        } else if (decpt >= len) {
            sb.append(digits);
            for (int i = len; i < decpt; i++) sb.append('0');
            sb.append('.');
            fracStart = sb.length();
            fracLen = 0;
        } else {
            sb.append(digits, 0, decpt).append('.');
            fracStart = sb.length();
            sb.append(digits, decpt, len);
            fracLen = len - decpt;
        }
        for (int i = fracLen; i < minFrac; i++) sb.append('0');
        if (sb.length() == fracStart) {       // no fraction digits: drop or complete the point
            if (addDot0 && !useExp) sb.append('0');
            else if (!forcePoint) sb.setLength(fracStart - 1);
        }
        if (useExp) {
            int x = decpt - 1;
            sb.append(upper ? 'E' : 'e').append(x < 0 ? '-' : '+');
            x = Math.abs(x);
            if (x < 10) sb.append('0');
            sb.append(x);
        }
    }

    /**
     * The unsigned text of a finite non-negative double for a presentation type: '\0' (format's no type:
     * repr when {@code prec < 0}), 'r' (repr), 'e', 'E', 'f', 'F', 'g', 'G', 'n' ('%' must be pre-scaled by
     * the caller and uses 'f'). Returns the digits so callers can check for a rounded zero.
     */
    static FloatDigits body(StringBuilder sb, double a, char type, int prec, boolean alt) {
        FloatDigits fd;
        switch (type) {
            case '\0', 'r' -> {
                if (prec < 0 || type == 'r') {
                    fd = shortest(a);
                    fd.render(sb, fd.decpt <= -4 || fd.decpt > 16, 0, alt, true, false);
                } else {
                    int p = prec == 0 ? 1 : prec;
                    fd = significant(a, p);
                    boolean exp = fd.decpt <= -4 || fd.decpt > p - 1;
                    fd.render(sb, exp, alt ? (exp ? p - 1 : p - fd.decpt) : 0, alt, true, false);
                }
            }
            case 'e', 'E' -> {
                int p = prec < 0 ? 6 : prec;
                fd = significant(a, p + 1);
                fd.render(sb, true, p, alt, false, type == 'E');
            }
            case 'f', 'F', '%' -> {
                int p = prec < 0 ? 6 : prec;
                fd = fixed(a, p);
                fd.render(sb, false, p, alt, false, false);
            }
            default -> { // 'g', 'G', 'n'
                int p = prec < 0 ? 6 : prec == 0 ? 1 : prec;
                fd = significant(a, p);
                boolean exp = fd.decpt <= -4 || fd.decpt > p;
                fd.render(sb, exp, alt ? (exp ? p - 1 : p - fd.decpt) : 0, alt, false, type == 'G');
            }
        }
        return fd;
    }
}
