package org.krait.stdlib;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a Python regular expression with the rules (and error messages and positions) of CPython's sre_parse,
 * and writes the equivalent java.util.regex pattern. What the two dialects spell or mean differently is
 * rewritten: named groups become numbered ones (the names are kept here), {@code \d \w \s \b} get Python's
 * Unicode (or ASCII) meaning, {@code ^} under MULTILINE also matches after a final newline, {@code \Z} is
 * Java's {@code \z}, verbose mode and classes are handled here (Java's COMMENTS mode and nested classes differ),
 * and every literal is written as an escape. Conditional groups {@code (?(id)yes|no)} have no Java equivalent
 * and are rejected with re.error.
 */
final class RegexTranslator {
    static final int TEMPLATE = 1;
    static final int IGNORECASE = 2;
    static final int LOCALE = 4;
    static final int MULTILINE = 8;
    static final int DOTALL = 16;
    static final int UNICODE = 32;
    static final int VERBOSE = 64;
    static final int DEBUG = 128;
    static final int ASCII = 256;
    private static final int TYPE_FLAGS = ASCII | LOCALE | UNICODE;
    private static final int GLOBAL_FLAGS = DEBUG | TEMPLATE;
    private static final long MAXREPEAT = 4294967295L;
    private static final int UNBOUNDED = Integer.MAX_VALUE;

    /** A syntax error: CPython's message and position (or -1 when CPython gives none). */
    static final class SyntaxError extends RuntimeException {
        final String msg;
        final int pos;
        /** CPython raises OverflowError (not re.error) for repeat counts that are too large. */
        final boolean overflow;

        SyntaxError(String msg, int pos, boolean overflow) {
            super(msg, null, false, false);
            this.msg = msg;
            this.pos = pos;
            this.overflow = overflow;
        }
    }

    /** The translation: Java source, group count and names, the final flags, the order groups close in. */
    record Result(String java, int groups, Map<String, Integer> names, int flags, int[] closeOrder) {
    }

    /** A translated piece: its Java text, its width range, and whether it is an anchor or a repeat. */
    private record Node(String java, int min, int max, Kind kind) {
    }

    private enum Kind { ATOM, SEQUENCE, ANCHOR, REPEAT }

    private final String p;
    private final boolean bytes;
    private int pos;
    private int flags;
    private int groups;
    private final Map<String, Integer> names = new LinkedHashMap<>();
    private final BitSet open = new BitSet();
    private final List<int[]> widths = new ArrayList<>(List.of(new int[]{0, 0}));
    private final List<Integer> closeOrder = new ArrayList<>(List.of(0));
    private int closed;

    private RegexTranslator(String pattern, int flags, boolean bytes) {
        this.p = pattern;
        this.flags = flags;
        this.bytes = bytes;
    }

    /** Translates {@code pattern} (a bytes pattern arrives as a Latin-1 string). */
    static Result translate(String pattern, int flags, boolean bytes) {
        RegexTranslator t = new RegexTranslator(pattern, flags, bytes);
        Node n = t.parseTop();
        int[] order = new int[t.groups + 1];
        for (int g = 1; g <= t.groups; g++) {
            order[g] = t.closeOrder.get(g);
        }
        return new Result(n.java, t.groups, t.names, t.flags, order);
    }

    private SyntaxError error(String msg, int at) {
        return new SyntaxError(msg, at, false);
    }

    // ---- reading ------------------------------------------------------------------------------------

    private boolean atEnd() {
        return pos >= p.length();
    }

    private int peek() {
        return atEnd() ? -1 : p.codePointAt(pos);
    }

    private int next() {
        int c = p.codePointAt(pos);
        pos += Character.charCount(c);
        return c;
    }

    private boolean match(char c) {
        if (!atEnd() && p.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    /** Skips whitespace and # comments in verbose mode. */
    private void skipVerbose(int localFlags) {
        if ((localFlags & VERBOSE) == 0) {
            return;
        }
        while (!atEnd()) {
            char c = p.charAt(pos);
            if (c == '#') {
                while (!atEnd() && p.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b) {
                pos++;
            } else {
                return;
            }
        }
    }

    // ---- structure ----------------------------------------------------------------------------------

    private Node parseTop() {
        // global inline flags may only come first; verbose changes how the rest is read
        Node n = parseAlternation(true, 0);
        if (!atEnd()) {
            throw error("unbalanced parenthesis", pos); // only a ')' stops the top level early
        }
        checkTypeFlags();
        return n;
    }

    private void checkTypeFlags() {
        if (!bytes) {
            if ((flags & LOCALE) != 0) {
                throw new SyntaxError("cannot use LOCALE flag with a str pattern", -2, false);
            }
            if ((flags & ASCII) == 0) {
                flags |= UNICODE;
            } else if ((flags & UNICODE) != 0) {
                throw new SyntaxError("ASCII and UNICODE flags are incompatible", -2, false);
            }
        } else {
            if ((flags & UNICODE) != 0) {
                throw new SyntaxError("cannot use UNICODE flag with a bytes pattern", -2, false);
            }
            if ((flags & LOCALE) != 0 && (flags & ASCII) != 0) {
                throw new SyntaxError("ASCII and LOCALE flags are incompatible", -2, false);
            }
        }
    }

    /** branch ('|' branch)*, up to a ')' or the end; {@code localFlags} are scoped flags in effect (0 = global). */
    private Node parseAlternation(boolean first, int scoped) {
        List<Node> branches = new ArrayList<>();
        while (true) {
            branches.add(parseSequence(first && branches.isEmpty(), scoped));
            if (!match('|')) {
                break;
            }
        }
        if (branches.size() == 1) {
            return branches.get(0);
        }
        StringBuilder sb = new StringBuilder("(?:");
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int i = 0; i < branches.size(); i++) {
            Node b = branches.get(i);
            sb.append(i == 0 ? "" : "|").append(b.java);
            min = Math.min(min, b.min);
            max = Math.max(max, b.max);
        }
        return new Node(sb.append(')').toString(), min, max, Kind.ATOM);
    }

    /** The flags in effect: the global ones with a scoped group's additions and removals applied. */
    private int effective(int scoped) {
        int add = scoped & 0xffff;
        int del = scoped >>> 16;
        return (flags | add) & ~del;
    }

    private Node parseSequence(boolean first, int scoped) {
        StringBuilder sb = new StringBuilder();
        int min = 0;
        int max = 0;
        Node last = null;
        int count = 0;
        while (true) {
            skipVerbose(effective(scoped));
            if (atEnd()) {
                break;
            }
            char c = p.charAt(pos);
            if (c == '|' || c == ')') {
                break;
            }
            int start = pos;
            if (c == '*' || c == '+' || c == '?' || c == '{') {
                Quantifier q = c == '{' ? braces() : simpleQuantifier();
                if (q != null) {
                    if (last == null || last.kind == Kind.ANCHOR) {
                        throw error("nothing to repeat", start);
                    }
                    if (last.kind == Kind.REPEAT) {
                        throw error("multiple repeat", start);
                    }
                    sb.setLength(sb.length() - last.java.length());
                    min = sat(min - last.min);
                    max = max == UNBOUNDED ? UNBOUNDED : max - last.max;
                    last = repeat(last, q);
                    sb.append(last.java);
                    min = sat(min + last.min);
                    max = satAdd(max, last.max);
                    continue;
                }
            }
            Node atom = parseAtom(first && count == 0, scoped);
            if (atom == null) { // global flags group: nothing to emit
                continue;
            }
            count++;
            last = atom;
            sb.append(atom.java);
            min = sat(min + atom.min);
            max = satAdd(max, atom.max);
        }
        return new Node(sb.toString(), min, max, Kind.SEQUENCE);
    }

    private static int sat(long v) {
        return (int) Math.min(v, UNBOUNDED);
    }

    private static int satAdd(int a, int b) {
        return a == UNBOUNDED || b == UNBOUNDED ? UNBOUNDED : sat((long) a + b);
    }

    // ---- repeats ------------------------------------------------------------------------------------

    private record Quantifier(long min, long max, String suffix) {
    }

    private Quantifier simpleQuantifier() {
        char c = p.charAt(pos++);
        long min = c == '+' ? 1 : 0;
        long max = c == '?' ? 1 : MAXREPEAT;
        return new Quantifier(min, max, suffix());
    }

    /** '?' after a repeat makes it lazy, '+' possessive. */
    private String suffix() {
        if (match('?')) {
            return "?";
        }
        if (match('+')) {
            return "+";
        }
        return "";
    }

    /** {m,n} and its variants, or null (and nothing consumed) when the brace is a literal. */
    private Quantifier braces() {
        int here = pos;
        pos++;
        if (!atEnd() && p.charAt(pos) == '}') {
            pos = here;
            return null;
        }
        String lo = digits();
        String hi;
        if (match(',')) {
            hi = digits();
        } else {
            hi = lo;
        }
        if (!match('}')) {
            pos = here;
            return null;
        }
        long min = 0;
        long max = MAXREPEAT;
        if (!lo.isEmpty()) {
            min = parseCount(lo);
        }
        if (!hi.isEmpty()) {
            max = parseCount(hi);
            if (max < min) {
                throw error("min repeat greater than max repeat", here + 1);
            }
        }
        return new Quantifier(min, max, suffix());
    }

    private long parseCount(String digits) {
        if (digits.length() > 10 || Long.parseLong(digits) >= MAXREPEAT) {
            throw new SyntaxError("the repetition number is too large", -1, true);
        }
        return Long.parseLong(digits);
    }

    private String digits() {
        int start = pos;
        while (!atEnd() && p.charAt(pos) >= '0' && p.charAt(pos) <= '9') {
            pos++;
        }
        return p.substring(start, pos);
    }

    private Node repeat(Node atom, Quantifier q) {
        String body = atom.kind == Kind.ATOM ? atom.java : "(?:" + atom.java + ")";
        String quant;
        if (q.min == 0 && q.max == MAXREPEAT) {
            quant = "*";
        } else if (q.min == 1 && q.max == MAXREPEAT) {
            quant = "+";
        } else if (q.min == 0 && q.max == 1) {
            quant = "?";
        } else if (q.max == MAXREPEAT) {
            quant = "{" + javaCount(q.min) + ",}";
        } else {
            quant = "{" + javaCount(q.min) + "," + javaCount(q.max) + "}";
        }
        int min = sat((long) atom.min * q.min);
        int max = q.max == MAXREPEAT ? (atom.max == 0 ? 0 : UNBOUNDED) : atom.max == UNBOUNDED ? UNBOUNDED
                : sat((long) atom.max * q.max);
        return new Node(body + quant + q.suffix, min, max, Kind.REPEAT);
    }

    private long javaCount(long n) {
        if (n > Integer.MAX_VALUE - 1) {
            throw new SyntaxError("the repetition number is too large", -1, true);
        }
        return n;
    }

    // ---- atoms --------------------------------------------------------------------------------------

    private Node parseAtom(boolean first, int scoped) {
        int start = pos;
        int c = next();
        int fl = effective(scoped);
        switch (c) {
            case '.':
                return new Node(".", 1, 1, Kind.ATOM);
            case '^':
                return new Node((fl & MULTILINE) != 0 ? "(?<![^\\n])" : "^", 0, 0, Kind.ANCHOR);
            case '$':
                return new Node((fl & MULTILINE) != 0 ? "(?m:$)" : "(?-m:$)", 0, 0, Kind.ANCHOR);
            case '[':
                return new Node(parseClass(start, fl), 1, 1, Kind.ATOM);
            case '(':
                return parseGroup(start, first, scoped);
            case '\\':
                return parseEscape(start, fl);
            default:
                return new Node(literal(c), 1, 1, Kind.ATOM);
        }
    }

    private static String literal(int c) {
        if (c < 128 && Character.isLetterOrDigit(c)) {
            return String.valueOf((char) c);
        }
        return "\\x{" + Integer.toHexString(c) + "}";
    }

    private Node parseGroup(int start, boolean first, int scoped) {
        if (!match('?')) {
            return capture(start, null, scoped);
        }
        if (atEnd()) {
            throw error("unexpected end of pattern", pos);
        }
        int c = next();
        switch (c) {
            case 'P': {
                if (match('<')) {
                    String name = groupName('>', "missing >, unterminated name");
                    return capture(start, name, scoped);
                }
                if (match('=')) {
                    int nameAt = pos;
                    String name = groupName(')', "missing ), unterminated name");
                    Integer gid = names.get(name);
                    if (gid == null) {
                        throw error("unknown group name '" + name + "'", nameAt);
                    }
                    if (open.get(gid)) {
                        throw error("cannot refer to an open group", nameAt);
                    }
                    return backref(gid);
                }
                if (atEnd()) {
                    throw error("unexpected end of pattern", pos);
                }
                int d = next();
                throw error("unknown extension ?P" + Character.toString(d), start + 1);
            }
            case ':':
                return group(start, "(?:", scoped, Kind.ATOM);
            case '>':
                return group(start, "(?>", scoped, Kind.ATOM);
            case '#': {
                while (!atEnd() && p.charAt(pos) != ')') {
                    pos++;
                }
                if (atEnd()) {
                    throw error("missing ), unterminated comment", start);
                }
                pos++;
                return new Node("", 0, 0, Kind.SEQUENCE);
            }
            case '=':
                return assertion(start, "(?=", scoped, false);
            case '!':
                return assertion(start, "(?!", scoped, false);
            case '<': {
                if (atEnd()) {
                    throw error("unexpected end of pattern", pos);
                }
                int d = next();
                if (d != '=' && d != '!') {
                    throw error("unknown extension ?<" + Character.toString(d), start + 1);
                }
                return assertion(start, d == '=' ? "(?<=" : "(?<!", scoped, true);
            }
            case '(':
                throw error("conditional groups (?(id)yes|no) are not supported", start + 1);
            default:
                if ("aiLmsxtu-".indexOf(c) >= 0) {
                    return inlineFlags(start, c, first, scoped);
                }
                throw error("unknown extension ?" + Character.toString(c), start + 1);
        }
    }

    private String groupName(char terminator, String unterminated) {
        int nameAt = pos;
        int end = p.indexOf(terminator, pos);
        if (end < 0) {
            throw error(unterminated, nameAt);
        }
        String name = p.substring(nameAt, end);
        if (name.isEmpty()) {
            throw error("missing group name", nameAt);
        }
        pos = end + 1;
        if (!isIdentifier(name)) {
            throw error("bad character in group name '" + name + "'", nameAt);
        }
        return name;
    }

    private static boolean isIdentifier(String s) {
        int first = s.codePointAt(0);
        if (!(Character.isLetter(first) || first == '_' || Character.getType(first) == Character.LETTER_NUMBER)) {
            return false;
        }
        for (int i = Character.charCount(first); i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || Character.getType(c) == Character.LETTER_NUMBER
                    || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK
                    || Character.getType(c) == Character.CONNECTOR_PUNCTUATION)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    private Node capture(int start, String name, int scoped) {
        int gid = ++groups;
        if (name != null) {
            Integer previous = names.get(name);
            if (previous != null) {
                throw error("redefinition of group name '" + name + "' as group " + gid + "; was group "
                        + previous, pos - name.length() - 1);
            }
            names.put(name, gid);
        }
        open.set(gid);
        widths.add(new int[]{0, UNBOUNDED});
        closeOrder.add(0);
        Node inner = parseAlternation(false, scoped);
        if (!match(')')) {
            throw error("missing ), unterminated subpattern", start);
        }
        open.clear(gid);
        widths.set(gid, new int[]{inner.min, inner.max});
        closeOrder.set(gid, ++closed);
        return new Node("(" + inner.java + ")", inner.min, inner.max, Kind.ATOM);
    }

    private Node group(int start, String opener, int scoped, Kind kind) {
        Node inner = parseAlternation(false, scoped);
        if (!match(')')) {
            throw error("missing ), unterminated subpattern", start);
        }
        return new Node(opener + inner.java + ")", inner.min, inner.max, kind);
    }

    private Node assertion(int start, String opener, int scoped, boolean behind) {
        Node inner = parseAlternation(false, scoped);
        if (!match(')')) {
            throw error("missing ), unterminated subpattern", start);
        }
        if (behind && inner.min != inner.max) {
            throw error("look-behind requires fixed-width pattern", -1);
        }
        return new Node(opener + inner.java + ")", 0, 0, Kind.ATOM);
    }

    private Node backref(int gid) {
        int[] w = widths.get(gid);
        return new Node("(?:\\" + gid + ")", w[0], w[1], Kind.ATOM);
    }

    /** (?flags) at the start, or a scoped (?flags-flags:...) group. */
    private Node inlineFlags(int start, int c, boolean first, int scoped) {
        int add = 0;
        int del = 0;
        if (c != '-') {
            while (true) {
                int flag = flagValue(c);
                if (!bytes && c == 'L') {
                    throw error("bad inline flags: cannot use 'L' flag with a str pattern", pos);
                }
                if (bytes && c == 'u') {
                    throw error("bad inline flags: cannot use 'u' flag with a bytes pattern", pos);
                }
                add |= flag;
                if ((flag & TYPE_FLAGS) != 0 && (add & TYPE_FLAGS) != flag) {
                    throw error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", pos);
                }
                if (atEnd()) {
                    throw error("missing -, : or )", pos);
                }
                c = next();
                if (c == ')' || c == '-' || c == ':') {
                    break;
                }
                if (flagValue(c) == 0) {
                    throw error(Character.isLetter(c) ? "unknown flag" : "missing -, : or )", pos - 1);
                }
            }
        }
        if (c == ')') {
            if (!first) {
                throw error("global flags not at the start of the expression", start);
            }
            flags |= add;
            if ((add & TYPE_FLAGS) != 0) {
                flags &= ~(TYPE_FLAGS & ~add);
            }
            return null;
        }
        if ((add & GLOBAL_FLAGS) != 0) {
            throw error("bad inline flags: cannot turn on global flag", pos - 1);
        }
        if (c == '-') {
            if (atEnd()) {
                throw error("missing flag", pos);
            }
            c = next();
            if (flagValue(c) == 0) {
                throw error(Character.isLetter(c) ? "unknown flag" : "missing flag", pos - 1);
            }
            while (true) {
                int flag = flagValue(c);
                if ((flag & TYPE_FLAGS) != 0) {
                    throw error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", pos);
                }
                del |= flag;
                if (atEnd()) {
                    throw error("missing :", pos);
                }
                c = next();
                if (c == ':') {
                    break;
                }
                if (flagValue(c) == 0) {
                    throw error(Character.isLetter(c) ? "unknown flag" : "missing :", pos - 1);
                }
            }
        }
        if ((del & GLOBAL_FLAGS) != 0) {
            throw error("bad inline flags: cannot turn off global flag", pos - 1);
        }
        if ((add & del) != 0) {
            throw error("bad inline flags: flag turned on and off", pos - 1);
        }
        int outer = scoped;
        int newAdd = ((outer & 0xffff) | add) & ~del;
        int newDel = ((outer >>> 16) | del) & ~add;
        if ((add & TYPE_FLAGS) != 0) {
            newDel |= TYPE_FLAGS & ~add; // (?a:...) inside a Unicode pattern turns Unicode off
        }
        Node inner = parseAlternation(false, newAdd | (newDel << 16));
        if (!match(')')) {
            throw error("missing ), unterminated subpattern", start);
        }
        // Java only needs to hear about case-insensitivity and DOTALL; the rest was applied while translating
        StringBuilder on = new StringBuilder();
        StringBuilder off = new StringBuilder();
        int now = (flags | newAdd) & ~newDel;
        if ((add & IGNORECASE) != 0) {
            on.append((now & ASCII) != 0 || bytes ? "i" : "iu");
        }
        if ((del & IGNORECASE) != 0) {
            off.append('i');
        }
        if ((add & DOTALL) != 0) {
            on.append('s');
        }
        if ((del & DOTALL) != 0) {
            off.append('s');
        }
        String opener = "(?" + on + (off.isEmpty() ? "" : "-" + off) + ":";
        return new Node(opener + inner.java + ")", inner.min, inner.max, Kind.ATOM);
    }

    private static int flagValue(int c) {
        return switch (c) {
            case 'a' -> ASCII;
            case 'i' -> IGNORECASE;
            case 'L' -> LOCALE;
            case 'm' -> MULTILINE;
            case 's' -> DOTALL;
            case 'x' -> VERBOSE;
            case 't' -> TEMPLATE;
            case 'u' -> UNICODE;
            default -> 0;
        };
    }

    // ---- escapes ------------------------------------------------------------------------------------

    private boolean ascii(int fl) {
        return bytes || (fl & ASCII) != 0;
    }

    private String wordClass(int fl) {
        return ascii(fl) ? "a-zA-Z0-9_" : "\\p{L}\\p{N}_";
    }

    private String digitClass(int fl) {
        return ascii(fl) ? "0-9" : "\\p{Nd}";
    }

    private String spaceClass(int fl) {
        return ascii(fl) ? "\\t\\n\\x{b}\\f\\r\\x{20}"
                : "\\t\\n\\x{b}\\f\\r\\x{1c}-\\x{20}\\x{85}\\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}"
                + "\\x{202f}\\x{205f}\\x{3000}";
    }

    /** The class body (without brackets) of \d, \w, \s; negated ones as a nested negated class. */
    private String category(int c, int fl) {
        return switch (c) {
            case 'd' -> digitClass(fl);
            case 'D' -> "[^" + digitClass(fl) + "]";
            case 'w' -> wordClass(fl);
            case 'W' -> "[^" + wordClass(fl) + "]";
            case 's' -> spaceClass(fl);
            default -> "[^" + spaceClass(fl) + "]";
        };
    }

    private Node parseEscape(int start, int fl) {
        if (atEnd()) {
            throw error("bad escape (end of pattern)", start);
        }
        int c = next();
        switch (c) {
            case 'A':
                return new Node("\\A", 0, 0, Kind.ANCHOR);
            case 'Z':
                return new Node("\\z", 0, 0, Kind.ANCHOR);
            case 'b': {
                String w = "[" + wordClass(fl) + "]";
                return new Node("(?:(?<=" + w + ")(?!" + w + ")|(?<!" + w + ")(?=" + w + "))", 0, 0, Kind.ANCHOR);
            }
            case 'B': {
                String w = "[" + wordClass(fl) + "]";
                return new Node("(?:(?<=" + w + ")(?=" + w + ")|(?<!" + w + ")(?!" + w + ")(?:(?<=[\\s\\S])|(?=[\\s\\S])))",
                        0, 0, Kind.ANCHOR);
            }
            case 'd', 'D', 'w', 'W', 's', 'S': {
                String body = category(c, fl);
                return new Node(body.startsWith("[") ? body : "[" + body + "]", 1, 1, Kind.ATOM);
            }
            default:
                break;
        }
        if (c >= '1' && c <= '9') {
            // an octal escape of three digits, or a group reference of one or two
            int digitsStart = pos - 1;
            if (!atEnd() && Character.isDigit(p.charAt(pos)) && p.charAt(pos) < 128) {
                char d2 = p.charAt(pos);
                if (c <= '7' && d2 <= '7' && pos + 1 < p.length() && p.charAt(pos + 1) >= '0' && p.charAt(pos + 1) <= '7') {
                    pos += 2;
                    int v = Integer.parseInt(p.substring(digitsStart, pos), 8);
                    if (v > 0377) {
                        throw error("octal escape value \\" + p.substring(digitsStart, pos) + " outside of range 0-0o377",
                                start);
                    }
                    return new Node(literal(v), 1, 1, Kind.ATOM);
                }
                pos++;
            }
            int gid = Integer.parseInt(p.substring(digitsStart, pos));
            if (gid <= groups) {
                if (open.get(gid)) {
                    throw error("cannot refer to an open group", start);
                }
                return backref(gid);
            }
            throw error("invalid group reference " + gid, start + 1);
        }
        int lit = literalEscape(c, start, false);
        return new Node(literal(lit), 1, 1, Kind.ATOM);
    }

    /** The character an escape outside \d-style categories and group references stands for. */
    private int literalEscape(int c, int start, boolean inClass) {
        switch (c) {
            case 'n':
                return '\n';
            case 't':
                return '\t';
            case 'r':
                return '\r';
            case 'f':
                return '\f';
            case 'v':
                return 0x0b;
            case 'a':
                return 0x07;
            case 'b':
                return 0x08; // only reached inside a class
            case '0': {
                int s = pos - 1;
                for (int i = 0; i < 2 && !atEnd() && p.charAt(pos) >= '0' && p.charAt(pos) <= '7'; i++) {
                    pos++;
                }
                return Integer.parseInt(p.substring(s, pos), 8);
            }
            case 'x':
                return hexEscape(start, 2, "x");
            case 'u':
                if (!bytes) {
                    return hexEscape(start, 4, "u");
                }
                break;
            case 'U':
                if (!bytes) {
                    int v = hexEscape(start, 8, "U");
                    if (v > 0x10ffff) {
                        throw error("bad escape \\" + p.substring(start + 1, pos), start);
                    }
                    return v;
                }
                break;
            case 'N':
                if (!bytes) {
                    return namedEscape(start);
                }
                break;
            default:
                if (inClass && c >= '1' && c <= '7') {
                    int s = pos - 1;
                    for (int i = 0; i < 2 && !atEnd() && p.charAt(pos) >= '0' && p.charAt(pos) <= '7'; i++) {
                        pos++;
                    }
                    int v = Integer.parseInt(p.substring(s, pos), 8);
                    if (v > 0377) {
                        throw error("octal escape value \\" + p.substring(s, pos) + " outside of range 0-0o377", start);
                    }
                    return v;
                }
                if (c < 128 && Character.isLetterOrDigit(c)) {
                    break;
                }
                return c;
        }
        throw error("bad escape \\" + Character.toString(c), start);
    }

    private int hexEscape(int start, int n, String letter) {
        int s = pos;
        while (pos < p.length() && pos - s < n && Character.digit(p.charAt(pos), 16) >= 0 && p.charAt(pos) < 128) {
            pos++;
        }
        if (pos - s != n) {
            throw error("incomplete escape \\" + letter + p.substring(s, pos), start);
        }
        return Integer.parseInt(p.substring(s, pos), 16);
    }

    private int namedEscape(int start) {
        if (!match('{')) {
            throw error("missing {", pos);
        }
        int end = p.indexOf('}', pos);
        if (end < 0 || end == pos) {
            throw error("missing character name", pos);
        }
        String name = p.substring(pos, end);
        pos = end + 1;
        try {
            return Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            throw error("undefined character name '" + name + "'", start);
        }
    }

    // ---- classes ------------------------------------------------------------------------------------

    private String parseClass(int start, int fl) {
        StringBuilder sb = new StringBuilder("[");
        if (match('^')) {
            sb.append('^');
        }
        boolean firstItem = true;
        while (true) {
            if (atEnd()) {
                throw error("unterminated character set", start);
            }
            int itemStart = pos;
            int c = next();
            if (c == ']' && !firstItem) {
                break;
            }
            firstItem = false;
            String category = null;
            int lo = c;
            if (c == '\\') {
                if (atEnd()) {
                    throw error("bad escape (end of pattern)", itemStart);
                }
                int e = next();
                if ("dDwWsS".indexOf(e) >= 0) {
                    category = category(e, fl);
                } else {
                    lo = literalEscape(e, itemStart, true);
                }
            }
            if (match('-')) {
                if (atEnd()) {
                    throw error("unterminated character set", start);
                }
                int thatStart = pos;
                int that = next();
                if (that == ']') {
                    sb.append(category != null ? category : literal(lo)).append("\\x{2d}");
                    break;
                }
                String thisText = p.substring(itemStart, thatStart - 1);
                int hi = that;
                boolean thatIsCategory = false;
                if (that == '\\') {
                    if (atEnd()) {
                        throw error("bad escape (end of pattern)", thatStart);
                    }
                    int e = next();
                    if ("dDwWsS".indexOf(e) >= 0) {
                        thatIsCategory = true;
                    } else {
                        hi = literalEscape(e, thatStart, true);
                    }
                }
                String msg = "bad character range " + thisText + "-" + p.substring(thatStart, pos);
                if (category != null || thatIsCategory || hi < lo) {
                    throw error(msg, itemStart);
                }
                sb.append(literal(lo)).append('-').append(literal(hi));
            } else {
                sb.append(category != null ? category : literal(lo));
            }
        }
        return sb.append(']').toString();
    }
}
