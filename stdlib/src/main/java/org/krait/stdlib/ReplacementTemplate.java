package org.krait.stdlib;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A replacement string of re.sub / Match.expand, parsed as CPython's parse_template does: {@code \1},
 * {@code \g<2>}, {@code \g<name>}, octal and character escapes; parts are literal text or group numbers.
 */
final class ReplacementTemplate {
    /** Literal text parts (String) and group references (Integer), in order. */
    final List<Object> parts;
    /** True when the template has no group references (its single part is the replacement). */
    final boolean literal;

    private ReplacementTemplate(List<Object> parts) {
        this.parts = parts;
        this.literal = parts.stream().noneMatch(p -> p instanceof Integer);
    }

    /** A template error: a re.error at {@code pos}, or an IndexError (unknown group name) when pos is -1. */
    static final class TemplateError extends RuntimeException {
        final String msg;
        final int pos;

        TemplateError(String msg, int pos) {
            super(msg, null, false, false);
            this.msg = msg;
            this.pos = pos;
        }
    }

    static ReplacementTemplate parse(String t, int groups, Map<String, Integer> names) {
        List<Object> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c != '\\' || i + 1 >= t.length()) {
                lit.append(c);
                i++;
                continue;
            }
            int start = i;
            char e = t.charAt(i + 1);
            i += 2;
            if (e == 'g') {
                if (i >= t.length() || t.charAt(i) != '<') {
                    throw new TemplateError("missing <", i);
                }
                int end = t.indexOf('>', i + 1);
                if (end < 0) {
                    throw new TemplateError("missing >, unterminated name", i + 1);
                }
                String name = t.substring(i + 1, end);
                if (name.isEmpty()) {
                    throw new TemplateError("missing group name", i + 1);
                }
                i = end + 1;
                int index;
                if (isIdentifier(name)) {
                    Integer g = names.get(name);
                    if (g == null) {
                        throw new TemplateError("unknown group name '" + name + "'", -1);
                    }
                    index = g;
                } else {
                    if (!name.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                        throw new TemplateError("bad character in group name '" + name + "'", i - name.length() - 1);
                    }
                    index = name.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(name);
                    if (index > groups) {
                        throw new TemplateError("invalid group reference " + name.replaceFirst("^0+(?=.)", ""),
                                i - name.length() - 1);
                    }
                }
                if (index > groups) {
                    throw new TemplateError("invalid group reference " + index, i - name.length() - 1);
                }
                flush(parts, lit);
                parts.add(index);
            } else if (e == '0') {
                int s = i - 1;
                for (int k = 0; k < 2 && i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '7'; k++) {
                    i++;
                }
                lit.append((char) (Integer.parseInt(t.substring(s, i), 8) & 0xff));
            } else if (e >= '1' && e <= '9') {
                int s = i - 1;
                boolean octal = false;
                if (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                    char d2 = t.charAt(i);
                    i++;
                    if (e <= '7' && d2 <= '7' && i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '7') {
                        i++;
                        int v = Integer.parseInt(t.substring(s, i), 8);
                        if (v > 0377) {
                            throw new TemplateError("octal escape value \\" + t.substring(s, i)
                                    + " outside of range 0-0o377", start);
                        }
                        lit.append((char) v);
                        octal = true;
                    }
                }
                if (!octal) {
                    int index = Integer.parseInt(t.substring(s, i));
                    if (index > groups) {
                        throw new TemplateError("invalid group reference " + index, s);
                    }
                    flush(parts, lit);
                    parts.add(index);
                }
            } else {
                int ch = switch (e) {
                    case 'a' -> 7;
                    case 'b' -> 8;
                    case 'f' -> '\f';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    case 'v' -> 0x0b;
                    case '\\' -> '\\';
                    default -> -1;
                };
                if (ch >= 0) {
                    lit.append((char) ch);
                } else if (e < 128 && Character.isLetter(e)) {
                    throw new TemplateError("bad escape \\" + e, start);
                } else {
                    lit.append('\\').append(e); // unknown escapes of other characters stay as they are
                }
            }
        }
        flush(parts, lit);
        return new ReplacementTemplate(parts);
    }

    private static void flush(List<Object> parts, StringBuilder lit) {
        if (!lit.isEmpty()) {
            parts.add(lit.toString());
            lit.setLength(0);
        }
    }

    private static boolean isIdentifier(String s) {
        int first = s.codePointAt(0);
        if (!Character.isLetter(first) && first != '_') {
            return false;
        }
        return s.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
    }
}
