package org.krait.runtime.format;

/**
 * A parsed format-spec mini-language string {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}.
 * Absent character fields are {@code '\0'}, absent numbers are {@code -1}. {@code fill} and {@code align} are
 * already resolved against the object's default alignment and the {@code 0} flag.
 */
public record FormatSpec(int fill, char align, char sign, boolean noNegZero, boolean alternate,
                         int width, char grouping, int precision, char type) {

    /**
     * Parses {@code spec} for an object whose default alignment is {@code defaultAlign} ('<' for str,
     * '>' for numbers); {@code typeName} only feeds error messages.
     */
    public static FormatSpec parse(String spec, char defaultAlign, String typeName) {
        int n = spec.length();
        int pos = 0;
        int fill = ' ';
        char align = defaultAlign;
        boolean fillGiven = false, alignGiven = false;
        // fill may be any code point, including a surrogate pair
        int cp0 = n > 0 ? spec.codePointAt(0) : 0;
        int w0 = Character.charCount(cp0);
        if (n > w0 && isAlign(spec.charAt(w0))) {
            fill = cp0;
            align = spec.charAt(w0);
            fillGiven = alignGiven = true;
            pos = w0 + 1;
        } else if (n > 0 && isAlign(spec.charAt(0))) {
            align = spec.charAt(0);
            alignGiven = true;
            pos = 1;
        }
        char sign = '\0';
        if (pos < n && (spec.charAt(pos) == '+' || spec.charAt(pos) == '-' || spec.charAt(pos) == ' ')) {
            sign = spec.charAt(pos++);
        }
        boolean z = false;
        if (pos < n && spec.charAt(pos) == 'z') { z = true; pos++; }
        boolean alt = false;
        if (pos < n && spec.charAt(pos) == '#') { alt = true; pos++; }
        if (!fillGiven && pos < n && spec.charAt(pos) == '0') {
            fill = '0';
            if (!alignGiven && defaultAlign == '>') align = '=';
            pos++;
        }
        int start = pos;
        long width = 0;
        int d;
        while (pos < n && (d = decimal(spec.charAt(pos))) >= 0) {
            pos++;
            width = width * 10 + d;
            if (width > Integer.MAX_VALUE) throw FormatError.value("Too many decimal digits in format string");
        }
        int w = pos == start ? -1 : (int) width;
        char grouping = '\0';
        if (pos < n && spec.charAt(pos) == ',') { grouping = ','; pos++; }
        if (pos < n && spec.charAt(pos) == '_') {
            if (grouping != '\0') throw FormatError.value("Cannot specify both ',' and '_'.");
            grouping = '_';
            pos++;
        }
        if (pos < n && spec.charAt(pos) == ',' && grouping == '_') {
            throw FormatError.value("Cannot specify both ',' and '_'.");
        }
        int precision = -1;
        if (pos < n && spec.charAt(pos) == '.') {
            pos++;
            start = pos;
            long p = 0;
            while (pos < n && (d = decimal(spec.charAt(pos))) >= 0) {
                pos++;
                p = p * 10 + d;
                if (p > Integer.MAX_VALUE) throw FormatError.value("Too many decimal digits in format string");
            }
            if (pos == start) throw FormatError.value("Format specifier missing precision");
            precision = (int) p;
        }
        // at most one (BMP or supplementary) character may remain: the type
        int rest = spec.codePointCount(pos, n);
        if (rest > 1) {
            throw FormatError.value("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        }
        char type = '\0';
        if (rest == 1) {
            int t = spec.codePointAt(pos);
            // a non-BMP type can never be valid; keep a marker that fails later with a sensible message
            type = t > 0xFFFF ? '\uFFFF' : (char) t;
        }
        if (grouping != '\0') {
            switch (type) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', '\0' -> { }
                case 'b', 'o', 'x', 'X' -> { if (grouping != '_') throw badGrouping(grouping, type); }
                default -> throw badGrouping(grouping, type);
            }
        }
        return new FormatSpec(fill, align, sign, z, alt, w, grouping, precision, type);
    }

    static FormatError badGrouping(char grouping, char type) {
        return FormatError.value("Cannot specify '" + grouping + "' with " + quoteCode(type) + ".");
    }

    /** CPython prints printable ASCII codes as 'c' and anything else as '\xNN'. */
    static String quoteCode(char c) {
        return c > 32 && c < 128 ? "'" + c + "'" : "'\\x" + Integer.toHexString(c) + "'";
    }

    static FormatError unknownCode(char type, String typeName) {
        return FormatError.value("Unknown format code " + quoteCode(type) + " for object of type '" + typeName + "'");
    }

    private static boolean isAlign(char c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

    /** The value of a Unicode decimal digit (category Nd, as Python accepts), else -1. */
    static int decimal(char c) {
        if (c <= '9') return c >= '0' ? c - '0' : -1;
        return c < 0x80 ? -1 : Character.digit(c, 10);
    }
}
