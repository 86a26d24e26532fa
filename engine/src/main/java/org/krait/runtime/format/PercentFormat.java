package org.krait.runtime.format;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The engine of {@code str % args} (printf-style formatting) with CPython's results and error messages.
 *
 * <p>Argument contract: if the right operand is a tuple, call {@link #format(String, Object[], Values)} with
 * its items. Otherwise call {@link #formatSingle} with the value itself and whether it counts as a mapping
 * for {@code %(key)s} (CPython: it has {@code __getitem__} and is neither a tuple nor a str - so lists and
 * dicts do; a mapping operand also disables the "not all arguments converted" check).
 *
 * <p>{@code bytes % args} (PEP 461) runs the same engine on bytes as Latin-1 text, with {@link Values#bytes()}
 * true: {@code %s} and {@code %b} take the bytes of a bytes-like object ({@link Values#str}), {@code %r} is
 * {@code %a}, and {@code %c} makes one byte.
 */
public final class PercentFormat {
    private PercentFormat() { }

    /** Services of the runtime's object model. Values are whatever objects the runtime uses. */
    public interface Values {
        /** Python {@code str(o)}. */
        String str(Object o);
        /** Python {@code repr(o)}. */
        String repr(Object o);
        /** Python {@code ascii(o)}. */
        String ascii(Object o);
        /** A Long or BigInteger for ints, bools and objects with {@code __index__}; null otherwise. */
        Object toIntegerOrNull(Object o);
        /** {@code float(o)} for real numbers (int, float, objects with {@code __float__}); null otherwise. */
        Double toDoubleOrNull(Object o);
        /** {@code mapping[key]}; throws the runtime's KeyError itself. */
        Object mappingGet(Object mapping, String key);
        /** The Python type name of o, for error messages. */
        String typeName(Object o);
        /** Whether the template and the result are bytes (as Latin-1 text) rather than a str. */
        default boolean bytes() { return false; }
        /** The text if o is a Python str, else null (used by %c). */
        default String stringOrNull(Object o) { return o instanceof String s ? s : null; }
        /**
         * {@code int(o)} for %d/%i/%u: a Long or BigInteger, or null when o is not a number. The default
         * accepts integers, then truncates floats; override to honour {@code __int__}.
         */
        default Object toIntForD(Object o) {
            Object i = toIntegerOrNull(o);
            if (i != null) return i;
            Double d = toDoubleOrNull(o);
            if (d == null) return null;
            double x = d;
            if (Double.isNaN(x)) throw FormatError.value("cannot convert float NaN to integer");
            if (Double.isInfinite(x)) throw FormatError.overflow("cannot convert float infinity to integer");
            if (Math.abs(x) < 9.0e18) return (long) x;
            return new BigDecimal(x).toBigInteger();
        }
    }

    /** {@code template % tuple}: {@code items} are the tuple's items. */
    public static String format(String template, Object[] items, Values v) {
        return new State(template, items, null, items.length, null, v).run();
    }

    /** {@code template % arg} for a non-tuple {@code arg}; see the class comment for {@code isMapping}. */
    public static String formatSingle(String template, Object arg, boolean isMapping, Values v) {
        return new State(template, null, arg, -1, isMapping ? arg : null, v).run();
    }

    private static final class State {
        final String t;
        final Values v;
        final Object dict;
        Object[] items;
        Object single;
        // CPython's bookkeeping: a single (or looked-up) argument is arglen -1, argidx -2
        int arglen, argidx;

        State(String t, Object[] items, Object single, int arglen, Object dict, Values v) {
            this.t = t;
            this.items = items;
            this.single = single;
            this.arglen = arglen;
            this.argidx = arglen < 0 ? -2 : 0;
            this.dict = dict;
            this.v = v;
        }

        Object next() {
            if (argidx < arglen) {
                argidx++;
                return arglen < 0 ? single : items[argidx - 1];
            }
            throw FormatError.type("not enough arguments for format string");
        }

        String run() {
            String t = this.t;
            int n = t.length();
            StringBuilder sb = new StringBuilder(n + 16);
            int i = 0;
            while (i < n) {
                int pct = t.indexOf('%', i);
                if (pct < 0) { sb.append(t, i, n); break; }
                sb.append(t, i, pct);
                i = pct + 1;
                if (i >= n) throw FormatError.value("incomplete format");
                if (t.charAt(i) == '%') { sb.append('%'); i++; continue; }
                i = conversion(sb, i);
            }
            if (argidx < arglen && dict == null) {
                throw FormatError.type("not all arguments converted during " + (v.bytes() ? "bytes" : "string")
                        + " formatting");
            }
            return sb.toString();
        }

        /** Formats one conversion whose text starts at i (just after '%'); returns the index after it. */
        private int conversion(StringBuilder sb, int i) {
            String t = this.t;
            int n = t.length();
            if (t.charAt(i) == '(') {
                if (dict == null) throw FormatError.type("format requires a mapping");
                int depth = 1, start = ++i;
                while (i < n && depth > 0) {
                    char c = t.charAt(i++);
                    if (c == '(') depth++; else if (c == ')') depth--;
                }
                if (depth > 0) throw FormatError.value("incomplete format key");
                // the looked-up value becomes the single argument for this conversion (and any '*')
                single = v.mappingGet(dict, t.substring(start, i - 1));
                items = null;
                arglen = -1;
                argidx = -2;
            }
            boolean left = false, plus = false, space = false, alt = false, zero = false;
            flags:
            while (i < n) {
                switch (t.charAt(i)) {
                    case '-' -> left = true;
                    case '+' -> plus = true;
                    case ' ' -> space = true;
                    case '#' -> alt = true;
                    case '0' -> zero = true;
                    default -> { break flags; }
                }
                i++;
            }
            int width = -1, prec = -1;
            if (i < n && t.charAt(i) == '*') {
                long w = starArg("Python int too large to convert to C ssize_t");
                if (w < 0) { left = true; w = -w; }
                width = (int) Math.min(w, Integer.MAX_VALUE);
                i++;
            } else {
                long w = 0;
                int start = i;
                while (i < n && isDigit(t.charAt(i))) {
                    w = w * 10 + (t.charAt(i++) - '0');
                    if (w > Integer.MAX_VALUE) throw FormatError.value("width too big");
                }
                if (i > start) width = (int) w;
            }
            if (i < n && t.charAt(i) == '.') {
                i++;
                if (i < n && t.charAt(i) == '*') {
                    long p = starArg("Python int too large to convert to C int");
                    if (p > Integer.MAX_VALUE || p < Integer.MIN_VALUE) {
                        throw FormatError.overflow("Python int too large to convert to C int");
                    }
                    prec = (int) Math.max(p, 0);
                    i++;
                } else {
                    long p = 0;
                    while (i < n && isDigit(t.charAt(i))) {
                        p = p * 10 + (t.charAt(i++) - '0');
                        if (p > Integer.MAX_VALUE) throw FormatError.value("precision too big");
                    }
                    prec = (int) p;
                }
            }
            // C length modifiers are accepted and ignored
            while (i < n && (t.charAt(i) == 'h' || t.charAt(i) == 'l' || t.charAt(i) == 'L')) i++;
            if (i >= n) throw FormatError.value("incomplete format");
            int convAt = i;
            int conv = t.codePointAt(i);
            i += Character.charCount(conv);
            Object arg = next();
            if (v.bytes() && (conv == 'b' || conv == 'r')) {
                conv = conv == 'b' ? 's' : 'a';
            }
            String sign = "";
            String prefix = "";
            String body;
            switch (conv) {
                case 's', 'r', 'a' -> {
                    String s = conv == 's' ? v.str(arg) : conv == 'r' ? v.repr(arg) : v.ascii(arg);
                    sb.append(Formatter.padString(s, prec, width, ' ', left ? '<' : '>'));
                    return i;
                }
                case 'c' -> {
                    String requires = v.bytes() ? "%c requires an integer in range(256) or a single byte"
                            : "%c requires int or char";
                    String s = v.stringOrNull(arg);
                    if (s != null) {
                        if (s.codePointCount(0, s.length()) != 1) throw FormatError.type(requires);
                    } else {
                        Object o = v.toIntegerOrNull(arg);
                        if (o == null) throw FormatError.type(requires);
                        long cp = o instanceof Long l ? l : -1;
                        if (cp < 0 || cp > (v.bytes() ? 0xFF : 0x10FFFF)) {
                            throw FormatError.overflow(v.bytes() ? "%c arg not in range(256)"
                                    : "%c arg not in range(0x110000)");
                        }
                        s = Character.toString((int) cp);
                    }
                    sb.append(Formatter.padString(s, -1, width, ' ', left ? '<' : '>'));
                    return i;
                }
                case 'd', 'i', 'u', 'o', 'x', 'X' -> {
                    boolean dec = conv == 'd' || conv == 'i' || conv == 'u';
                    Object o = dec ? v.toIntForD(arg) : v.toIntegerOrNull(arg);
                    if (o == null) {
                        throw FormatError.type("%" + (char) conv + " format: "
                                + (dec ? "a real number" : "an integer") + " is required, not " + v.typeName(arg));
                    }
                    boolean neg;
                    String digits;
                    int radix = dec ? 10 : conv == 'o' ? 8 : 16;
                    if (o instanceof Long l) {
                        neg = l < 0;
                        digits = Long.toUnsignedString(neg ? -l : l, radix);
                    } else {
                        BigInteger b = (BigInteger) o;
                        neg = b.signum() < 0;
                        digits = dec ? org.krait.runtime.IntStrLimit.decimalDigits(b) : b.abs().toString(radix);
                    }
                    if (conv == 'X') digits = digits.toUpperCase();
                    if (prec > digits.length()) digits = "0".repeat(prec - digits.length()) + digits;
                    if (alt && !dec) prefix = conv == 'o' ? "0o" : conv == 'x' ? "0x" : "0X";
                    sign = neg ? "-" : plus ? "+" : space ? " " : "";
                    body = digits;
                }
                case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                    Double d = v.toDoubleOrNull(arg);
                    if (d == null) throw FormatError.type("must be real number, not " + v.typeName(arg));
                    double x = d;
                    boolean neg = x == x && Double.doubleToRawLongBits(x) < 0;
                    sign = neg ? "-" : plus ? "+" : space ? " " : "";
                    if (Double.isFinite(x)) {
                        StringBuilder b = new StringBuilder(24);
                        FloatDigits.body(b, Math.abs(x), (char) conv, prec < 0 ? 6 : prec, alt);
                        body = b.toString();
                    } else {
                        boolean upper = conv == 'E' || conv == 'F' || conv == 'G';
                        body = x != x ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
                    }
                }
                default -> {
                    char shown = conv >= 32 && conv <= 126 ? (char) conv : '?';
                    throw FormatError.value("unsupported format character '" + shown + "' (0x"
                            + Integer.toHexString(conv) + ") at index " + t.codePointCount(0, convAt));
                }
            }
            int len = sign.length() + prefix.length() + body.length();
            if (width <= len) {
                sb.append(sign).append(prefix).append(body);
            } else {
                Formatter.pad(sb, sign, prefix, body, width - len, left || !zero ? ' ' : '0',
                        left ? '<' : zero ? '=' : '>');
            }
            return i;
        }

        private long starArg(String overflowMsg) {
            Object o = v.toIntegerOrNull(next());
            if (o == null) throw FormatError.type("* wants int");
            if (o instanceof BigInteger) throw FormatError.overflow(overflowMsg);
            return (Long) o;
        }

        private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }
    }
}
