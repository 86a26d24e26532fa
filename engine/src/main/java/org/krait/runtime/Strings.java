package org.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Code-point semantics over Java strings. Python indexes strings by code point; Java by UTF-16 unit. Most
 * strings have no surrogate pairs, where both agree, so every operation checks that first.
 */
public final class Strings {
    private static final String[] LATIN1 = new String[256];

    static {
        for (int i = 0; i < 256; i++) {
            LATIN1[i] = String.valueOf((char) i);
        }
    }

    private Strings() {
    }

    /** A one-character string, shared for Latin-1 characters. */
    public static String charAt(char c) {
        return c < 256 ? LATIN1[c] : String.valueOf(c);
    }

    public static String fromCodePoint(int cp) {
        return cp < 256 ? LATIN1[cp] : new String(Character.toChars(cp));
    }

    /** JDK string building stays out of partially evaluated code (its error paths pull in half the JDK). */
    @TruffleBoundary
    public static String substring(String s, int from, int to) {
        return s.substring(from, to);
    }

    @TruffleBoundary
    public static String concat(String a, String b) {
        return a.concat(b);
    }

    /**
     * Whether some code point of {@code s} takes two chars (a surrogate pair), so that indices by code point and by
     * char differ. A lone surrogate is one code point in one char, as in Python. Immediate for Latin-1 strings.
     */
    @TruffleBoundary
    public static boolean hasSurrogates(String s) {
        if (s.length() < LONG) {
            return scan(s);
        }
        Scan[] recent = RECENT;
        for (Scan r : recent) {
            if (r != null && r.get() == s) {
                return r.surrogates;
            }
        }
        Scan r = new Scan(s, scan(s));
        recent[nextScan++ & (recent.length - 1)] = r;  // racy but harmless: a lost entry only costs a rescan
        return r.surrogates;
    }

    private static boolean scan(String s) {
        return s.codePointCount(0, s.length()) != s.length();  // the JDK answers at once for Latin-1 strings
    }

    /**
     * What the last few long strings scanned held: a loop indexing a big string ({@code s[i]}, {@code len(s)})
     * must not rescan it at every step. Weak, so a big string is not kept alive by having been indexed.
     */
    private static final class Scan extends java.lang.ref.WeakReference<String> {
        final boolean surrogates;

        Scan(String s, boolean surrogates) {
            super(s);
            this.surrogates = surrogates;
        }
    }

    private static final int LONG = 64;
    private static final Scan[] RECENT = new Scan[4];
    private static int nextScan;

    /** Python's {@code len(s)}. */
    @TruffleBoundary
    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** {@code s[i]} for an index already normalised to [0, length). */
    public static String codePointAt(String s, int i) {
        if (!hasSurrogates(s)) {
            return charAt(s.charAt(i));
        }
        return fromCodePoint(s.codePointAt(s.offsetByCodePoints(0, i)));
    }

    /** UTF-16 offset of code point {@code i}. */
    public static int offset(String s, int i) {
        return hasSurrogates(s) ? s.offsetByCodePoints(0, i) : i;
    }

    /** Code-point index of UTF-16 offset {@code off}. */
    public static int index(String s, int off) {
        return hasSurrogates(s) ? s.codePointCount(0, off) : off;
    }

    /** {@code s[start:stop:step]} from normalised slice bounds. */
    public static String slice(String s, PySlice.Bounds b) {
        boolean sur = hasSurrogates(s);
        if (b.step() == 1 && !sur) {
            return s.substring(b.start(), b.start() + b.length());
        }
        int[] cps = sur ? s.codePoints().toArray() : null;
        StringBuilder sb = new StringBuilder(b.length());
        for (int k = 0, i = b.start(); k < b.length(); k++, i += b.step()) {
            if (sur) {
                sb.appendCodePoint(cps[i]);
            } else {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }
}
