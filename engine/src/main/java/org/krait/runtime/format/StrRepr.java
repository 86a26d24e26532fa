package org.krait.runtime.format;

/**
 * {@code repr(str)} and {@code ascii(str)} exactly as CPython. Strings hold code points; a surrogate pair is
 * one code point, a lone surrogate is one (non-printable) code point.
 */
public final class StrRepr {
    private StrRepr() { }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    public static String repr(String s) { return quote(s, false); }

    /** {@code ascii(str)}: like repr but every non-ASCII code point is escaped. */
    public static String ascii(String s) { return quote(s, true); }

    private static String quote(String s, boolean asciiOnly) {
        int n = s.length();
        boolean squote = false, dquote = false, plain = true;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\'') squote = true;
            else if (c == '"') dquote = true;
            else if (c < ' ' || c >= 0x7F || c == '\\') plain = false;
        }
        char q = squote && !dquote ? '"' : '\'';
        // common case: printable ASCII with no backslash and no quote needing escape: no copy loop
        if (plain && !(squote && dquote)) return q + s + q;
        StringBuilder sb = new StringBuilder(n + 8);
        sb.append(q);
        for (int i = 0; i < n; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == q || cp == '\\') sb.append('\\').append((char) cp);
            else if (cp == '\t') sb.append("\\t");
            else if (cp == '\n') sb.append("\\n");
            else if (cp == '\r') sb.append("\\r");
            else if (cp < ' ' || cp == 0x7F) hex(sb, 'x', cp, 2);
            else if (cp < 0x7F) sb.append((char) cp);
            else if (!asciiOnly && isPrintable(cp)) sb.appendCodePoint(cp);
            else if (cp <= 0xFF) hex(sb, 'x', cp, 2);
            else if (cp <= 0xFFFF) hex(sb, 'u', cp, 4);
            else hex(sb, 'U', cp, 8);
        }
        return sb.append(q).toString();
    }

    private static void hex(StringBuilder sb, char kind, int cp, int digits) {
        sb.append('\\').append(kind);
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) sb.append(HEX[(cp >> shift) & 15]);
    }

    /**
     * CPython 3.11's notion of printable (not Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs; space is printable), from its
     * Unicode 14.0 data rather than the JDK's newer tables, so that reprs match code point for code point.
     */
    public static boolean isPrintable(int cp) {
        if (cp < 0x7F) return cp >= ' ';
        int i = java.util.Arrays.binarySearch(PrintableTable.FLIPS, cp);
        int flipsAtOrBelow = i >= 0 ? i + 1 : -i - 1;
        return (flipsAtOrBelow & 1) == 1;
    }
}
