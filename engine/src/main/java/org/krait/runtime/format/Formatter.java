package org.krait.runtime.format;

import java.math.BigInteger;

/** {@code format(value, spec)}, i.e. {@code __format__} of int, bool, float and str, exactly as CPython. */
public final class Formatter {
    private Formatter() { }

    // ---------------------------------------------------------------- str

    public static String format(String v, String spec) {
        if (spec.isEmpty()) return v;
        FormatSpec s = FormatSpec.parse(spec, '<', "str");
        if (s.type() != 's' && s.type() != '\0') throw FormatSpec.unknownCode(s.type(), "str");
        if (s.sign() == ' ') throw FormatError.value("Space not allowed in string format specifier");
        if (s.sign() != '\0') throw FormatError.value("Sign not allowed in string format specifier");
        if (s.noNegZero()) throw FormatError.value("Negative zero coercion (z) not allowed in string format specifier");
        if (s.alternate()) throw FormatError.value("Alternate form (#) not allowed in string format specifier");
        if (s.align() == '=') throw FormatError.value("'=' alignment not allowed in string format specifier");
        if (s.grouping() != '\0') throw FormatSpec.badGrouping(s.grouping(), 's');
        return padString(v, s.precision(), s.width(), s.fill(), s.align());
    }

    /** Truncates to {@code precision} code points (if >= 0) and pads to {@code width} code points. */
    static String padString(String v, int precision, int width, int fill, char align) {
        int len = v.length();
        boolean bmpOnly = true;
        for (int i = 0; i < len && bmpOnly; i++) bmpOnly = !Character.isSurrogate(v.charAt(i));
        int cps = bmpOnly ? len : v.codePointCount(0, len);
        if (precision >= 0 && precision < cps) {
            v = v.substring(0, bmpOnly ? precision : v.offsetByCodePoints(0, precision));
            cps = precision;
        }
        if (width <= cps) return v;
        StringBuilder sb = new StringBuilder(v.length() + (width - cps));
        pad(sb, "", "", v, width - cps, fill, align);
        return sb.toString();
    }

    // ---------------------------------------------------------------- int

    public static String format(long v, String spec) {
        if (spec.isEmpty()) return Long.toString(v);
        return formatInt(v, null, FormatSpec.parse(spec, '>', "int"), "int");
    }

    public static String format(BigInteger v, String spec) {
        if (spec.isEmpty()) return (v.signum() < 0 ? "-" : "") + org.krait.runtime.IntStrLimit.decimalDigits(v);
        return formatInt(0, v, FormatSpec.parse(spec, '>', "int"), "int");
    }

    /** bool formats as int, except that the empty spec gives "True"/"False". */
    public static String format(boolean v, String spec) {
        if (spec.isEmpty()) return v ? "True" : "False";
        return formatInt(v ? 1 : 0, null, FormatSpec.parse(spec, '>', "bool"), "bool");
    }

    /** Integer value is {@code big} when non-null, else {@code small}. */
    private static String formatInt(long small, BigInteger big, FormatSpec s, String typeName) {
        int radix;
        switch (s.type()) {
            case 'd', 'n', '\0', 'c' -> radix = 10;
            case 'x', 'X' -> radix = 16;
            case 'o' -> radix = 8;
            case 'b' -> radix = 2;
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> {
                double d = big == null ? (double) small : big.doubleValue();
                if (Double.isInfinite(d)) throw FormatError.overflow("int too large to convert to float");
                return formatDouble(d, s, typeName);
            }
            default -> throw FormatSpec.unknownCode(s.type(), typeName);
        }
        if (s.precision() >= 0) throw FormatError.value("Precision not allowed in integer format specifier");
        if (s.noNegZero()) throw FormatError.value("Negative zero coercion (z) not allowed in integer format specifier");
        boolean neg = big == null ? small < 0 : big.signum() < 0;
        if (s.type() == 'c') {
            if (s.sign() != '\0') throw FormatError.value("Sign not allowed with integer format specifier 'c'");
            if (s.alternate()) throw FormatError.value("Alternate form (#) not allowed with integer format specifier 'c'");
            if (big != null && big.bitLength() > 63) throw FormatError.overflow("Python int too large to convert to C long");
            long cp = big == null ? small : big.longValue();
            if (cp < 0 || cp > 0x10FFFF) throw FormatError.overflow("%c arg not in range(0x110000)");
            return assemble("", "", Character.toString((int) cp), 0, s, 0);
        }
        String digits = big == null
                ? Long.toUnsignedString(neg ? -small : small, radix)   // -MIN_VALUE reads right as unsigned
                : radix == 10 ? org.krait.runtime.IntStrLimit.decimalDigits(big) : big.abs().toString(radix);
        String prefix = "";
        if (s.type() == 'X') {
            digits = digits.toUpperCase();
            if (s.alternate()) prefix = "0X";
        } else if (s.alternate()) {
            prefix = radix == 16 ? "0x" : radix == 8 ? "0o" : radix == 2 ? "0b" : "";
        }
        return assemble(signOf(neg, s.sign()), prefix, digits, digits.length(), s, radix == 10 ? 3 : 4);
    }

    static String signOf(boolean neg, char sign) {
        return neg ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";
    }

    // ---------------------------------------------------------------- float

    public static String format(double v, String spec) {
        if (spec.isEmpty()) return FloatRepr.repr(v);
        return formatDouble(v, FormatSpec.parse(spec, '>', "float"), "float");
    }

    private static String formatDouble(double v, FormatSpec s, String typeName) {
        char type = s.type();
        switch (type) {
            case '\0', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%' -> { }
            default -> throw FormatSpec.unknownCode(type, typeName);
        }
        // NaN's sign is never shown, -0.0's is
        boolean neg = v == v && Double.doubleToRawLongBits(v) < 0;
        StringBuilder body = new StringBuilder(24);
        int intLen;
        if (!Double.isFinite(v)) {
            boolean upper = type == 'E' || type == 'F' || type == 'G';
            body.append(v != v ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
            if (type == '%') body.append('%');
            intLen = 0;
        } else {
            double a = Math.abs(v);
            if (type == '%') a *= 100;   // in double arithmetic, as CPython does
            FloatDigits fd = FloatDigits.body(body, a, type, s.precision(), s.alternate());
            if (s.noNegZero() && neg && fd.isZero()) neg = false;
            if (type == '%') body.append('%');
            intLen = 0;
            while (intLen < body.length() && body.charAt(intLen) >= '0' && body.charAt(intLen) <= '9') intLen++;
        }
        return assemble(signOf(neg, s.sign()), "", body.toString(), intLen, s,
                intLen > 0 && s.grouping() != '\0' ? 3 : 0);
    }

    // ---------------------------------------------------------------- complex

    /**
     * {@code format(complex(re, im), spec)} for a non-empty spec: each part formatted as a float (the
     * imaginary one always signed unless the real part is left out), then the whole padded. Without a
     * presentation type it looks like repr(): parentheses, and no real part when that is +0.
     */
    public static String formatComplex(double re, double im, String spec) {
        FormatSpec s = FormatSpec.parse(spec, '>', "complex");
        char type = s.type();
        switch (type) {
            case '\0', 'e', 'E', 'f', 'F', 'g', 'G', 'n' -> { }
            default -> throw FormatSpec.unknownCode(type, "complex");
        }
        if (s.fill() == '0') throw FormatError.value("Zero padding is not allowed in complex format specifier");
        if (s.align() == '=') throw FormatError.value("'=' alignment flag is not allowed in complex format specifier");
        boolean skipRe = false;
        boolean parens = false;
        if (type == '\0') {
            if (re == 0 && Double.doubleToRawLongBits(re) == 0) skipRe = true;
            else parens = true;
        } else if (type == 'n') {
            type = 'g';
        }
        StringBuilder out = new StringBuilder();
        if (parens) out.append('(');
        if (!skipRe) out.append(complexPart(re, type, s, s.sign()));
        out.append(complexPart(im, type, s, skipRe ? s.sign() : '+')).append('j');
        if (parens) out.append(')');
        String body = out.toString();
        int len = body.length();
        if (s.width() <= len) return body;
        StringBuilder sb = new StringBuilder(s.width());
        pad(sb, "", "", body, s.width() - len, s.fill(), s.align());
        return sb.toString();
    }

    /** One part of a complex: signed per {@code sign}, grouped per spec, unpadded. */
    private static String complexPart(double v, char type, FormatSpec s, char sign) {
        boolean neg = v == v && Double.doubleToRawLongBits(v) < 0;
        StringBuilder body = new StringBuilder(24);
        int intLen = 0;
        if (!Double.isFinite(v)) {
            boolean upper = type == 'E' || type == 'F' || type == 'G';
            body.append(v != v ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
        } else {
            double a = Math.abs(v);
            FloatDigits fd;
            if (type == '\0' && s.precision() < 0) {
                // repr digits, but an integral value gets no ".0"
                fd = FloatDigits.shortest(a);
                fd.render(body, fd.decpt <= -4 || fd.decpt > 16, 0, s.alternate(), false, false);
            } else {
                fd = FloatDigits.body(body, a, type == '\0' ? 'g' : type, s.precision(), s.alternate());
            }
            if (s.noNegZero() && neg && fd.isZero()) neg = false;
            while (intLen < body.length() && body.charAt(intLen) >= '0' && body.charAt(intLen) <= '9') intLen++;
        }
        FormatSpec unpadded = new FormatSpec(' ', '<', sign, false, false, -1, s.grouping(), -1, type);
        return assemble(signOf(neg, sign), "", body.toString(), intLen, unpadded,
                intLen > 0 && s.grouping() != '\0' ? 3 : 0);
    }

    // ---------------------------------------------------------------- shared layout

    /**
     * Joins sign, prefix and body, grouping the first {@code intLen} chars of body every {@code group}
     * digits (0 = no grouping), then pads per spec. '=' zero padding is grouped too, as in CPython.
     */
    static String assemble(String sign, String prefix, String body, int intLen, FormatSpec s, int group) {
        if (group > 0 && s.grouping() != '\0') {
            int minDigits = s.fill() == '0' && s.align() == '='
                    ? s.width() - sign.length() - prefix.length() - (body.length() - intLen) : 0;
            body = group(body, intLen, group, s.grouping(), minDigits);
        }
        int len = sign.length() + prefix.length() + body.codePointCount(0, body.length());
        if (s.width() <= len) return sign.isEmpty() && prefix.isEmpty() ? body : sign + prefix + body;
        StringBuilder sb = new StringBuilder(s.width() + 2);
        pad(sb, sign, prefix, body, s.width() - len, s.fill(), s.align());
        return sb.toString();
    }

    /** Groups body[0, intLen) right to left, extending with zeros to at least minDigits chars. */
    private static String group(String body, int intLen, int size, char sep, int minDigits) {
        StringBuilder r = new StringBuilder(intLen + intLen / size + 4);
        int count = 0;
        for (int i = intLen - 1; i >= 0 || r.length() < minDigits; i--) {
            if (count == size) { r.append(sep); count = 0; }   // never leaves a separator in front
            r.append(i >= 0 ? body.charAt(i) : '0');
            count++;
        }
        return r.reverse().append(body, intLen, body.length()).toString();
    }

    static void pad(StringBuilder sb, String sign, String prefix, String body, int n, int fill, char align) {
        switch (align) {
            case '<' -> { sb.append(sign).append(prefix).append(body); repeat(sb, fill, n); }
            case '^' -> { repeat(sb, fill, n / 2); sb.append(sign).append(prefix).append(body); repeat(sb, fill, n - n / 2); }
            case '=' -> { sb.append(sign).append(prefix); repeat(sb, fill, n); sb.append(body); }
            default -> { repeat(sb, fill, n); sb.append(sign).append(prefix).append(body); }
        }
    }

    static void repeat(StringBuilder sb, int cp, int n) {
        if (cp < 0x10000) {
            for (int i = 0; i < n; i++) sb.append((char) cp);
        } else {
            for (int i = 0; i < n; i++) sb.appendCodePoint(cp);
        }
    }
}
