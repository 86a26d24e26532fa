package org.krait.parser;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.krait.parser.ast.Expr;
import org.krait.parser.ast.Pos;

/**
 * Decodes a run of adjacent string literal tokens into a Constant (str or bytes) or, if any part is an
 * f-string, a JoinedStr. F-strings follow 3.11 rules: the token was lexed as an ordinary string, and
 * replacement fields are found here and parsed with a nested parser.
 */
final class Strings {
    private final Parser host;
    private final String filename;
    private final String source;
    /** Pending literal text of a JoinedStr; flushed before each FormattedValue. */
    private final StringBuilder literal = new StringBuilder();
    private Pos whole;
    private Token tok;

    private Strings(Parser host, String filename, String source) {
        this.host = host;
        this.filename = filename;
        this.source = source;
    }

    static Expr parse(List<Token> toks, Parser host, String filename, String source) {
        return new Strings(host, filename, source).run(toks);
    }

    private Expr run(List<Token> toks) {
        Token first = toks.get(0);
        Token lastTok = toks.get(toks.size() - 1);
        whole = new Pos(first.line(), first.col(), lastTok.endLine(), lastTok.endCol());
        boolean bytes = false;
        boolean nonBytes = false;
        boolean fstring = false;
        for (Token t : toks) {
            String prefix = prefix(t.text()).toLowerCase();
            if (prefix.indexOf('b') >= 0) {
                bytes = true;
            } else {
                nonBytes = true;
            }
            fstring |= prefix.indexOf('f') >= 0;
        }
        if (bytes && nonBytes) {
            throw err("cannot mix bytes and nonbytes literals", lastTok.endLine(), lastTok.endCol() + 1);
        }
        if (bytes) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Token t : toks) {
                tok = t;
                decodeBytes(t, out);
            }
            return new Expr.Constant(whole, out.toByteArray());
        }
        List<Expr> values = new ArrayList<>();
        for (Token t : toks) {
            tok = t;
            String text = t.text();
            String prefix = prefix(text);
            boolean raw = prefix.indexOf('r') >= 0 || prefix.indexOf('R') >= 0;
            int q = quoteLen(text, prefix.length());
            int from = prefix.length() + q;
            int to = text.length() - q;
            if (prefix.indexOf('f') >= 0 || prefix.indexOf('F') >= 0) {
                fbody(text, from, to, raw, values, literal, 0, false);
            } else {
                decodeStr(text, from, to, raw, literal);
            }
        }
        if (!fstring) {
            return new Expr.Constant(whole, literal.toString());
        }
        flush(values, literal);
        return new Expr.JoinedStr(whole, values);
    }

    private void flush(List<Expr> values, StringBuilder lit) {
        if (!lit.isEmpty()) {
            values.add(new Expr.Constant(whole, lit.toString()));
            lit.setLength(0);
        }
    }

    private static String prefix(String text) {
        int i = 0;
        while (text.charAt(i) != '\'' && text.charAt(i) != '"') {
            i++;
        }
        return text.substring(0, i);
    }

    private static int quoteLen(String text, int at) {
        char q = text.charAt(at);
        return text.length() - at >= 6 && text.charAt(at + 1) == q && text.charAt(at + 2) == q ? 3 : 1;
    }

    // ---- plain strings ----

    private void decodeStr(String text, int from, int to, boolean raw, StringBuilder out) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '\\' && !raw) {
                i = escape(text, i, to, out);
            } else {
                out.append(c);
                i++;
            }
        }
    }

    /** Decodes the escape starting at the backslash {@code text[i]}; returns the index after it. */
    private int escape(String text, int i, int to, StringBuilder out) {
        if (i + 1 >= to) {
            out.append('\\');
            return i + 1;
        }
        char n = text.charAt(i + 1);
        int j = i + 2;
        switch (n) {
            case '\n' -> {
            }
            case '\\', '\'', '"' -> out.append(n);
            case 'a' -> out.append('\u0007');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'v' -> out.append('\u000b');
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                int v = n - '0';
                j = i + 2;
                while (j < to && j < i + 4 && text.charAt(j) >= '0' && text.charAt(j) <= '7') {
                    v = v * 8 + text.charAt(j++) - '0';
                }
                out.appendCodePoint(v);
            }
            case 'x', 'u', 'U' -> {
                int len = n == 'x' ? 2 : n == 'u' ? 4 : 8;
                int v = hex(text, i + 2, len, to);
                if (v < 0) {
                    String kind = n == 'x' ? "\\xXX" : n == 'u' ? "\\uXXXX" : "\\UXXXXXXXX";
                    throw unicodeError(i - tokBodyStart(), "truncated " + kind + " escape", text, i, to);
                }
                if (v > 0x10FFFF) {
                    throw unicodeError(i - tokBodyStart(), "illegal Unicode character", text, i, to);
                }
                out.appendCodePoint(v);
                j = i + 2 + len;
            }
            case 'N' -> {
                int close = text.indexOf('}', i);
                if (i + 2 >= to || text.charAt(i + 2) != '{' || close < 0 || close >= to) {
                    throw unicodeError(i - tokBodyStart(), "malformed \\N character escape", text, i, to);
                }
                try {
                    out.appendCodePoint(Character.codePointOf(text.substring(i + 3, close)));
                } catch (IllegalArgumentException e) {
                    throw unicodeError(i - tokBodyStart(), "unknown Unicode character name", text, i, to);
                }
                j = close + 1;
            }
            default -> out.append('\\').append(n); // unknown escapes are kept (a DeprecationWarning in CPython)
        }
        return j;
    }

    private int tokBodyStart() {
        String t = tok.text();
        int p = prefix(t).length();
        return p + quoteLen(t, p);
    }

    private ParseException unicodeError(int offset, String what, String text, int i, int to) {
        int end = offset + 1;
        int k = i + 2;
        while (k < to && k < i + 10 && isHex(text.charAt(k))) {
            k++;
        }
        end = Math.max(end, k - 1 - tokBodyStart());
        return err("(unicode error) 'unicodeescape' codec can't decode bytes in position " + offset + "-" + end
                + ": " + what, tok.endLine(), tok.endCol() + 1);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0 && c < 128;
    }

    private static int hex(String text, int at, int len, int to) {
        if (at + len > to) {
            return -1;
        }
        int v = 0;
        for (int k = at; k < at + len; k++) {
            char c = text.charAt(k);
            if (!isHex(c)) {
                return -1;
            }
            v = v * 16 + Character.digit(c, 16);
            if (v < 0) {
                return Integer.MAX_VALUE;
            }
        }
        return v;
    }

    private void decodeBytes(Token t, ByteArrayOutputStream out) {
        String text = t.text();
        String prefix = prefix(text);
        boolean raw = prefix.indexOf('r') >= 0 || prefix.indexOf('R') >= 0;
        int q = quoteLen(text, prefix.length());
        int to = text.length() - q;
        for (int i = prefix.length() + q; i < to; i++) {
            if (text.charAt(i) >= 128) {
                throw new ParseException("SyntaxError", "bytes can only contain ASCII literal characters", filename,
                        t.line(), t.col() + 1, t.endLine(), t.endCol() + 1, ParseException.lineOf(source, t.line()),
                        false);
            }
        }
        int i = prefix.length() + q;
        StringBuilder sb = new StringBuilder();
        while (i < to) {
            char c = text.charAt(i);
            if (c == '\\' && !raw && i + 1 < to) {
                char n = text.charAt(i + 1);
                if (n == 'u' || n == 'U' || n == 'N') {
                    sb.append('\\').append(n); // not escapes in bytes
                    i += 2;
                    continue;
                }
                int before = sb.length();
                i = escape(text, i, to, sb);
                if (n >= '0' && n <= '7') {
                    // octal escapes wrap into a byte
                    sb.setCharAt(before, (char) (sb.charAt(before) & 0xFF));
                }
            } else {
                sb.append(c);
                i++;
            }
        }
        for (int k = 0; k < sb.length(); k++) {
            out.write(sb.charAt(k));
        }
    }

    // ---- f-strings ----

    /**
     * Parses f-string text[i, to) into {@code values}/{@code lit}. In a format spec ({@code inSpec}) it stops
     * at the closing '}' and returns its index; otherwise returns {@code to}.
     */
    private int fbody(String text, int i, int to, boolean raw, List<Expr> values, StringBuilder lit, int depth,
                      boolean inSpec) {
        while (i < to) {
            char c = text.charAt(i);
            if (c == '{') {
                if (!inSpec && i + 1 < to && text.charAt(i + 1) == '{') {
                    lit.append('{');
                    i += 2;
                    continue;
                }
                if (depth >= 2) {
                    throw ferr("f-string: expressions nested too deeply");
                }
                i = field(text, i + 1, to, raw, values, lit, depth);
            } else if (c == '}') {
                if (inSpec) {
                    return i;
                }
                if (i + 1 < to && text.charAt(i + 1) == '}') {
                    lit.append('}');
                    i += 2;
                    continue;
                }
                throw ferr("f-string: single '}' is not allowed");
            } else if (c == '\\' && !raw) {
                i = escape(text, i, to, lit);
            } else {
                lit.append(c);
                i++;
            }
        }
        return i;
    }

    /** A replacement field starting after its '{'; returns the index after its '}'. */
    private int field(String text, int start, int to, boolean raw, List<Expr> values, StringBuilder lit,
                      int depth) {
        int i = start;
        int nest = 0;
        char quote = 0;
        boolean tripleQuote = false;
        boolean selfDoc = false;
        for (; i < to; i++) {
            char ch = text.charAt(i);
            if (ch == '\\') {
                throw ferr("f-string expression part cannot include a backslash");
            }
            if (quote != 0) {
                if (ch == quote && (!tripleQuote || text.startsWith(String.valueOf(quote).repeat(3), i))) {
                    i += tripleQuote ? 2 : 0;
                    quote = 0;
                }
                continue;
            }
            if (ch == '\'' || ch == '"') {
                quote = ch;
                tripleQuote = text.startsWith(String.valueOf(ch).repeat(3), i);
                i += tripleQuote ? 2 : 0;
                continue;
            }
            if (ch == '(' || ch == '[' || ch == '{') {
                nest++;
            } else if (ch == ')' || ch == ']' || ch == '}') {
                if (nest == 0) {
                    break;
                }
                nest--;
            } else if (ch == '#') {
                throw ferr("f-string expression part cannot include '#'");
            } else if (nest == 0) {
                char next = i + 1 < to ? text.charAt(i + 1) : 0;
                if (ch == '!' && next != '=' || ch == ':') {
                    break;
                }
                if (ch == '=' || ch == '!' || ch == '<' || ch == '>') {
                    if (next == '=') {
                        i++; // two-char operator
                        continue;
                    }
                    if (ch == '=') {
                        selfDoc = true;
                        break;
                    }
                }
            }
        }
        if (quote != 0) {
            throw ferr("f-string: unterminated string");
        }
        if (i >= to) {
            throw ferr("f-string: expecting '}'");
        }
        String exprText = text.substring(start, i);
        if (exprText.isBlank()) {
            throw ferr("f-string: empty expression not allowed");
        }
        Expr value = parseExpr(text, start, exprText);
        if (selfDoc) {
            i++;
            while (i < to && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            lit.append(text, start, i);
        }
        int conversion = -1;
        if (i < to && text.charAt(i) == '!') {
            i++;
            if (i >= to) {
                throw ferr("f-string: expecting '}'");
            }
            char conv = text.charAt(i);
            if (conv != 's' && conv != 'r' && conv != 'a') {
                throw ferr("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
            conversion = conv;
            i++;
        }
        Expr spec = null;
        if (i < to && text.charAt(i) == ':') {
            List<Expr> specValues = new ArrayList<>();
            StringBuilder specLit = new StringBuilder();
            i = fbody(text, i + 1, to, raw, specValues, specLit, depth + 1, true);
            flush(specValues, specLit);
            spec = new Expr.JoinedStr(whole, specValues);
        }
        if (i >= to || text.charAt(i) != '}') {
            throw ferr("f-string: expecting '}'");
        }
        if (selfDoc && conversion == -1 && spec == null) {
            conversion = 'r';
        }
        flush(values, lit);
        values.add(new Expr.FormattedValue(whole, value, conversion, spec));
        return i + 1;
    }

    /** Parses the expression text[start...] with positions mapped back into the source. */
    private Expr parseExpr(String text, int start, String exprText) {
        int line = tok.line();
        int col = tok.col() + start;
        int nl = text.lastIndexOf('\n', start - 1);
        if (nl >= 0) {
            for (int k = 0; k < start; k++) {
                if (text.charAt(k) == '\n') {
                    line++;
                }
            }
            col = start - nl - 1;
        }
        Lexer lexer = new Lexer(exprText, filename, source, line - 1, col, true);
        try {
            return new Parser(lexer, filename, source).parseFStringExpr();
        } catch (ParseException e) {
            if (e.msg().startsWith("f-string")) {
                throw e;
            }
            throw new ParseException(e.kind(), "f-string: " + e.msg(), e.filename(), e.line(), e.column(),
                    e.endLine(), e.endColumn(), e.lineText(), false);
        }
    }

    /** F-string errors: CPython 3.11 points just past the end of the string token. */
    private ParseException ferr(String msg) {
        return err(msg, tok.endLine(), tok.endCol() + 1);
    }

    private ParseException err(String msg, int line, int col1) {
        return new ParseException("SyntaxError", msg, filename, line, col1, line, col1,
                ParseException.lineOf(source, line), false);
    }
}
