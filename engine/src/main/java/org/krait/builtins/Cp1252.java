package org.krait.builtins;

import org.krait.runtime.PyBytes;

import java.nio.charset.Charset;

/**
 * Windows code page 1252 as CPython's charmap codec has it: the five bytes the code page leaves undefined (0x81,
 * 0x8D, 0x8F, 0x90, 0x9D) are errors in both directions, where the JDK's charset would quietly substitute.
 */
final class Cp1252 {
    private static final String UNDEFINED_REASON = "character maps to <undefined>";
    /** The character of each byte, or 0xFFFD (the JDK's replacement) where the code page has none. */
    private static final char[] CHARS = new String(allBytes(), Charset.forName("windows-1252")).toCharArray();

    private Cp1252() {
    }

    private static byte[] allBytes() {
        byte[] b = new byte[256];
        for (int i = 0; i < 256; i++) {
            b[i] = (byte) i;
        }
        return b;
    }

    static String decode(byte[] b, String errors) {
        StringBuilder sb = new StringBuilder(b.length);
        for (int i = 0; i < b.length; i++) {
            char c = CHARS[b[i] & 0xff];
            if (c != '\uFFFD') {
                sb.append(c);
            } else {
                Codecs.handleDecodeError(sb, b, i, i + 1, "charmap", UNDEFINED_REASON, errors);
            }
        }
        return sb.toString();
    }

    static PyBytes encode(String s, String errors) {
        return Codecs.encode(s, "charmap", UNDEFINED_REASON, errors, cp -> byteOf(cp) >= 0,
                (out, cp) -> out.write(byteOf(cp)));
    }

    /** The byte that encodes {@code cp}, or -1. */
    private static int byteOf(int cp) {
        if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF)) {
            return cp;
        }
        for (int b = 0x80; b < 0xA0; b++) {
            if (CHARS[b] == cp && cp != 0xFFFD) {
                return b;
            }
        }
        return -1;
    }
}
