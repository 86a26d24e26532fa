package org.krait.builtins;

import org.krait.runtime.PyErrors;
import org.krait.runtime.PyList;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * String algorithms shared by str and bytes (bytes are handled as Latin-1 strings, one char per byte).
 * Positions are UTF-16 offsets; callers convert code-point indices.
 */
final class Text {
    private Text() {
    }

    /** Python's str.isspace() characters. */
    static boolean isStrSpace(int c) {
        if (c < 128) {
            return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
        }
        return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029
                || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    /** bytes.isspace(): ASCII whitespace only. */
    static boolean isByteSpace(int c) {
        return c == ' ' || (c >= 9 && c <= 13);
    }

    static final IntPredicate STR_SPACE = Text::isStrSpace;
    static final IntPredicate BYTE_SPACE = Text::isByteSpace;

    /** Counts non-overlapping occurrences of sub in s[from:to]. */
    static int count(String s, String sub, int from, int to, int cpLen) {
        if (sub.isEmpty()) {
            return cpLen + 1;
        }
        int n = 0;
        int i = from;
        while (true) {
            int j = s.indexOf(sub, i);
            if (j < 0 || j + sub.length() > to) {
                return n;
            }
            n++;
            i = j + sub.length();
        }
    }

    static int find(String s, String sub, int from, int to) {
        if (from > to) {
            return -1;
        }
        int j = s.indexOf(sub, from);
        return j >= 0 && j + sub.length() <= to ? j : -1;
    }

    static int rfind(String s, String sub, int from, int to) {
        if (from > to || to - from < sub.length()) {
            return -1;
        }
        int j = s.lastIndexOf(sub, to - sub.length());
        return j >= from ? j : -1;
    }

    static PyList split(String s, String sep, long maxsplit) {
        PyList out = new PyList();
        if (sep.isEmpty()) {
            throw PyErrors.valueError("empty separator");
        }
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        int i = 0;
        while (maxsplit-- > 0) {
            int j = s.indexOf(sep, i);
            if (j < 0) {
                break;
            }
            out.append(s.substring(i, j));
            i = j + sep.length();
        }
        out.append(s.substring(i));
        return out;
    }

    static PyList rsplit(String s, String sep, long maxsplit) {
        List<Object> out = new ArrayList<>();
        if (sep.isEmpty()) {
            throw PyErrors.valueError("empty separator");
        }
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        int end = s.length();
        while (maxsplit-- > 0) {
            int j = end - sep.length() < 0 ? -1 : s.lastIndexOf(sep, end - sep.length());
            if (j < 0) {
                break;
            }
            out.add(s.substring(j + sep.length(), end));
            end = j;
        }
        out.add(s.substring(0, end));
        java.util.Collections.reverse(out);
        return new PyList(out.toArray());
    }

    static PyList splitWhitespace(String s, long maxsplit, IntPredicate space) {
        PyList out = new PyList();
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        int n = s.length();
        int i = 0;
        while (true) {
            while (i < n && space.test(s.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            if (maxsplit-- <= 0) {
                out.append(s.substring(i));
                break;
            }
            int j = i;
            while (j < n && !space.test(s.charAt(j))) {
                j++;
            }
            out.append(s.substring(i, j));
            i = j;
        }
        return out;
    }

    static PyList rsplitWhitespace(String s, long maxsplit, IntPredicate space) {
        List<Object> out = new ArrayList<>();
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        int i = s.length() - 1;
        while (true) {
            while (i >= 0 && space.test(s.charAt(i))) {
                i--;
            }
            if (i < 0) {
                break;
            }
            if (maxsplit-- <= 0) {
                out.add(s.substring(0, i + 1));
                break;
            }
            int j = i;
            while (j >= 0 && !space.test(s.charAt(j))) {
                j--;
            }
            out.add(s.substring(j + 1, i + 1));
            i = j;
        }
        java.util.Collections.reverse(out);
        return new PyList(out.toArray());
    }

    static boolean isLineBreak(int c, boolean bytes) {
        if (c == '\n' || c == '\r') {
            return true;
        }
        if (bytes) {
            return false;
        }
        return c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85 || c == 0x2028
                || c == 0x2029;
    }

    static List<String> splitlines(String s, boolean keepends, boolean bytes) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && !isLineBreak(s.charAt(j), bytes)) {
                j++;
            }
            int eol = j;
            if (j < n) {
                if (s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n') {
                    j += 2;
                } else {
                    j++;
                }
                if (keepends) {
                    eol = j;
                }
            }
            out.add(s.substring(i, eol));
            i = j;
        }
        return out;
    }

    /** strip/lstrip/rstrip: which = 0 both, 1 left, 2 right; chars null means whitespace. */
    static String strip(String s, String chars, int which, IntPredicate space) {
        int start = 0;
        int end = s.length();
        if (which != 2) {
            while (start < end && strippable(s, start, chars, space)) {
                start += Character.charCount(s.codePointAt(start));
            }
        }
        if (which != 1) {
            while (end > start && strippable(s, end - 1, chars, space)) {
                end -= Character.isLowSurrogate(s.charAt(end - 1)) && end - 2 >= start
                        && Character.isHighSurrogate(s.charAt(end - 2)) ? 2 : 1;
            }
        }
        return s.substring(start, end);
    }

    private static boolean strippable(String s, int i, String chars, IntPredicate space) {
        if (chars == null) {
            return space.test(s.charAt(i));
        }
        int cp = s.codePointAt(i);
        if (Character.isLowSurrogate(s.charAt(i)) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1))) {
            cp = s.codePointAt(i - 1);
        }
        return chars.indexOf(cp) >= 0;
    }

    static String expandtabs(String s, long tabsize) {
        StringBuilder sb = new StringBuilder();
        long col = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                if (tabsize > 0) {
                    long spaces = tabsize - col % tabsize;
                    sb.append(" ".repeat((int) spaces));
                    col += spaces;
                }
            } else {
                sb.append(c);
                col++;
                if (c == '\n' || c == '\r') {
                    col = 0;
                }
            }
        }
        return sb.toString();
    }

    static String replace(String s, String old, String rep, long count) {
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        if (count == 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        if (old.isEmpty()) {
            int i = 0;
            int n = s.length();
            long done = 0;
            while (done < count) {
                sb.append(rep);
                done++;
                if (i >= n) {
                    return sb.toString();
                }
                int cp = s.codePointAt(i);
                sb.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
            return sb.append(s, i, n).toString();
        }
        int i = 0;
        while (count-- > 0) {
            int j = s.indexOf(old, i);
            if (j < 0) {
                break;
            }
            sb.append(s, i, j).append(rep);
            i = j + old.length();
        }
        return sb.append(s, i, s.length()).toString();
    }

    static String zfill(String s, long width, int cpLen) {
        if (width <= cpLen) {
            return s;
        }
        int fill = (int) (width - cpLen);
        StringBuilder sb = new StringBuilder();
        int start = 0;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            sb.append(s.charAt(0));
            start = 1;
        }
        sb.append("0".repeat(fill)).append(s, start, s.length());
        return sb.toString();
    }

    static String pad(String s, int cpLen, long width, int fillCp, int where) {
        if (width <= cpLen) {
            return s;
        }
        int pad = (int) (width - cpLen);
        int left;
        if (where < 0) {
            left = 0;
        } else if (where > 0) {
            left = pad;
        } else {
            left = pad / 2 + (pad & (int) width & 1);
        }
        String f = new String(Character.toChars(fillCp));
        return f.repeat(left) + s + f.repeat(pad - left);
    }
}
