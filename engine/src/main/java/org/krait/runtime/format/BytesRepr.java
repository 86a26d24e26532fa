package org.krait.runtime.format;

/** {@code repr(bytes)} exactly as CPython: {@code b'...'}, {@code \xhh} for non-printable-ASCII bytes. */
public final class BytesRepr {
    private BytesRepr() { }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    public static String repr(byte[] b) { return repr(b, 0, b.length, "b"); }

    /** {@code prefix} lets bytearray reuse this: {@code bytearray(b'...')} is built by the caller. */
    public static String repr(byte[] b, int from, int to, String prefix) {
        boolean squote = false, dquote = false;
        for (int i = from; i < to; i++) {
            if (b[i] == '\'') squote = true;
            else if (b[i] == '"') dquote = true;
        }
        char quote = squote && !dquote ? '"' : '\'';
        StringBuilder sb = new StringBuilder(prefix.length() + (to - from) + 2);
        sb.append(prefix).append(quote);
        for (int i = from; i < to; i++) {
            int c = b[i] & 0xFF;
            if (c == quote || c == '\\') sb.append('\\').append((char) c);
            else if (c == '\t') sb.append("\\t");
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c < ' ' || c >= 0x7F) sb.append("\\x").append(HEX[c >> 4]).append(HEX[c & 15]);
            else sb.append((char) c);
        }
        return sb.append(quote).toString();
    }
}
