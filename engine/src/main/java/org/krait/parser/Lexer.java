package org.krait.parser;

import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.Set;

import org.krait.parser.ast.Expr;

/**
 * Hand-written tokenizer for Python 3.11. Produces tokens on demand so that a syntax error early in the file
 * is reported before a lexical error further down (as CPython does).
 */
public final class Lexer {
    static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
            "with", "yield");
    private static final String[] OPS3 = {"**=", "//=", ">>=", "<<=", "..."};
    private static final String[] OPS2 = {"**", "//", "<<", ">>", "<=", ">=", "==", "!=", "->", ":=", "+=", "-=",
            "*=", "/=", "%=", "&=", "|=", "^=", "@="};
    private static final String OPS1 = "+-*/%@&|^~<>()[]{},:;.=";
    private static final String[] OPS1_STR = new String[OPS1.length()];

    static {
        for (int i = 0; i < OPS1.length(); i++) {
            OPS1_STR[i] = String.valueOf(OPS1.charAt(i)).intern();
        }
    }

    private final String src;
    private final String filename;
    /** Source used for error line texts (differs from src for f-string sub-expressions). */
    private final String fullSource;
    private final int lineOffset;
    private final int colOffset;
    /** True for f-string expressions: behave as if inside brackets (no NEWLINE/INDENT). */
    private final boolean inParens;

    private int pos;
    private int line = 1;
    private int lineStart;
    private boolean atLineStart = true;
    private boolean lineHasTokens;
    private int[] indents = new int[16];
    private int[] altIndents = new int[16];
    private int depth = 1;
    private int pendingDedents;
    private final ArrayDeque<Token> parens = new ArrayDeque<>();
    /** CPython's tokenizer refuses brackets nested deeper than this. */
    private static final int MAX_NESTING = 200;

    public Lexer(String source, String filename) {
        this(normalize(source), filename, null, 0, 0, false);
    }

    Lexer(String src, String filename, String fullSource, int lineOffset, int colOffset, boolean inParens) {
        this.src = src;
        this.filename = filename;
        this.fullSource = fullSource == null ? src : fullSource;
        this.lineOffset = lineOffset;
        this.colOffset = colOffset;
        this.inParens = inParens;
    }

    /** Strips a BOM and converts \r\n and \r to \n (universal newlines). */
    static String normalize(String s) {
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        if (s.indexOf('\r') >= 0) {
            s = s.replace("\r\n", "\n").replace('\r', '\n');
        }
        return s;
    }

    /** Current bracket nesting depth (the parser uses it for "Perhaps you forgot a comma?"). */
    int parenDepth() {
        return parens.size() + (inParens ? 1 : 0);
    }

    public Token next() {
        if (pendingDedents > 0) {
            pendingDedents--;
            return tok(TokenKind.DEDENT, "", line, pos - lineStart, line, pos - lineStart);
        }
        if (atLineStart && parens.isEmpty() && !inParens) {
            Token t = indentation();
            if (t != null) {
                return t;
            }
        }
        for (;;) {
            while (pos < src.length() && (src.charAt(pos) == ' ' || src.charAt(pos) == '\t'
                    || src.charAt(pos) == '\f')) {
                pos++;
            }
            if (pos >= src.length()) {
                return eof();
            }
            char c = src.charAt(pos);
            if (c == '#') {
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
                continue;
            }
            if (c == '\\') {
                if (pos + 1 >= src.length()) {
                    throw error("SyntaxError", "unexpected EOF while parsing", line, pos - lineStart + 2, line, -1,
                            true);
                }
                if (src.charAt(pos + 1) != '\n') {
                    throw error("SyntaxError", "unexpected character after line continuation character", line,
                            pos - lineStart + 2, line, 0, false);
                }
                pos += 2;
                newLine();
                if (pos >= src.length()) {
                    throw error("SyntaxError", "unexpected EOF while parsing", line, 0, line, -1, true);
                }
                continue;
            }
            if (c == '\n') {
                int col = pos - lineStart;
                pos++;
                if (parens.isEmpty() && !inParens && lineHasTokens) {
                    Token t = tok(TokenKind.NEWLINE, "\n", line, col, line, col + 1);
                    newLine();
                    atLineStart = true;
                    lineHasTokens = false;
                    return t;
                }
                newLine();
                continue;
            }
            lineHasTokens = true;
            return scan(c);
        }
    }

    private void newLine() {
        line++;
        lineStart = pos;
    }

    /** Handles leading whitespace of a logical line: skips blank lines, emits INDENT/DEDENT. */
    private Token indentation() {
        for (;;) {
            int col = 0;
            int alt = 0;
            int p = pos;
            for (; p < src.length(); p++) {
                char c = src.charAt(p);
                if (c == ' ') {
                    col++;
                    alt++;
                } else if (c == '\t') {
                    col = (col / 8 + 1) * 8;
                    alt++;
                } else if (c == '\f') {
                    col = 0;
                    alt = 0;
                } else {
                    break;
                }
            }
            atLineStart = false;
            pos = p;
            if (p >= src.length()) {
                return null;
            }
            char c = src.charAt(p);
            if (c == '#' || c == '\n') {
                // Blank or comment-only lines do not affect indentation.
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
                if (pos >= src.length()) {
                    return null;
                }
                pos++;
                newLine();
                continue;
            }
            int top = indents[depth - 1];
            if (col == top) {
                if (alt != altIndents[depth - 1]) {
                    throw tabError();
                }
                return null;
            }
            if (col > top) {
                if (alt <= altIndents[depth - 1]) {
                    throw tabError();
                }
                if (depth == indents.length) {
                    indents = java.util.Arrays.copyOf(indents, depth * 2);
                    altIndents = java.util.Arrays.copyOf(altIndents, depth * 2);
                }
                indents[depth] = col;
                altIndents[depth++] = alt;
                lineHasTokens = true;
                return tok(TokenKind.INDENT, "", line, 0, line, col);
            }
            int n = 0;
            while (depth > 1 && col < indents[depth - 1]) {
                depth--;
                n++;
            }
            if (col != indents[depth - 1]) {
                int len = src.indexOf('\n', p);
                len = (len < 0 ? src.length() : len) - lineStart;
                throw error("IndentationError", "unindent does not match any outer indentation level", line,
                        len + 1, line, -1, false);
            }
            if (alt != altIndents[depth - 1]) {
                throw tabError();
            }
            pendingDedents = n - 1;
            return tok(TokenKind.DEDENT, "", line, col, line, col);
        }
    }

    private ParseException tabError() {
        return error("TabError", "inconsistent use of tabs and spaces in indentation", line, 1, line, 0, false);
    }

    private Token eof() {
        int col = pos - lineStart;
        if (!parens.isEmpty()) {
            Token o = parens.peek();
            throw errorAbs("SyntaxError", "'" + o.text() + "' was never closed", o.line(), o.col() + 1, o.line(),
                    0, true);
        }
        if (lineHasTokens && !inParens) {
            lineHasTokens = false;
            return tok(TokenKind.NEWLINE, "", line, col, line, col + 1);
        }
        if (depth > 1) {
            depth--;
            return tok(TokenKind.DEDENT, "", line, col, line, col);
        }
        return tok(TokenKind.ENDMARKER, "", line, col, line, col);
    }

    private Token scan(char c) {
        int start = pos;
        int startCol = pos - lineStart;
        if (isIdentStart(c)) {
            if (c >= 128) {
                int cp = src.codePointAt(pos);
                if (!Character.isUnicodeIdentifierStart(cp)) {
                    throw invalidChar(cp, startCol);
                }
            }
            boolean ascii = c < 128;
            pos += Character.charCount(src.codePointAt(pos));
            while (pos < src.length()) {
                char d = src.charAt(pos);
                if (d < 128) {
                    if (!(d >= 'a' && d <= 'z' || d >= 'A' && d <= 'Z' || d >= '0' && d <= '9' || d == '_')) {
                        break;
                    }
                    pos++;
                } else {
                    int cp = src.codePointAt(pos);
                    if (!isIdentPart(cp)) {
                        break;
                    }
                    ascii = false;
                    pos += Character.charCount(cp);
                }
            }
            if (pos < src.length() && (src.charAt(pos) == '\'' || src.charAt(pos) == '"')
                    && isStringPrefix(start, pos)) {
                return scanString(start);
            }
            String name = src.substring(start, pos);
            if (!ascii) {
                name = Normalizer.normalize(name, Normalizer.Form.NFKC);
            }
            if (KEYWORDS.contains(name)) {
                return tok(TokenKind.KEYWORD, name.intern(), line, startCol, line, pos - lineStart);
            }
            return tok(TokenKind.NAME, name, line, startCol, line, pos - lineStart);
        }
        if (c >= '0' && c <= '9' || c == '.' && pos + 1 < src.length() && isDigit(src.charAt(pos + 1))) {
            return scanNumber();
        }
        if (c == '\'' || c == '"') {
            return scanString(start);
        }
        for (String op : OPS3) {
            if (op.charAt(0) == c && src.startsWith(op, pos)) {
                pos += 3;
                return tok(TokenKind.OP, op, line, startCol, line, startCol + 3);
            }
        }
        for (String op : OPS2) {
            if (op.charAt(0) == c && src.startsWith(op, pos)) {
                pos += 2;
                return tok(TokenKind.OP, op, line, startCol, line, startCol + 2);
            }
        }
        int i = OPS1.indexOf(c);
        if (i >= 0) {
            pos++;
            Token t = tok(TokenKind.OP, OPS1_STR[i], line, startCol, line, startCol + 1);
            if (c == '(' || c == '[' || c == '{') {
                if (parens.size() >= MAX_NESTING) {
                    throw error("SyntaxError", "too many nested parentheses", line, startCol + 1, line, startCol + 2,
                            false);
                }
                parens.push(t);
            } else if (c == ')' || c == ']' || c == '}') {
                closeBracket(t, c);
            }
            return t;
        }
        int cp = src.codePointAt(pos);
        if (cp >= 128) {
            throw invalidChar(cp, startCol);
        }
        // Stray ASCII such as '$', '?', '!' or '`': the parser reports "invalid syntax" on it.
        pos++;
        return tok(TokenKind.OP, String.valueOf(c), line, startCol, line, startCol + 1);
    }

    private void closeBracket(Token t, char c) {
        if (parens.isEmpty()) {
            throw errorAbs("SyntaxError", "unmatched '" + c + "'", t.line(), t.col() + 1, t.line(), t.col() + 1,
                    false);
        }
        Token o = parens.pop();
        char open = o.text().charAt(0);
        if (open == '(' && c != ')' || open == '[' && c != ']' || open == '{' && c != '}') {
            String msg = "closing parenthesis '" + c + "' does not match opening parenthesis '" + open + "'";
            if (o.line() != t.line()) {
                msg += " on line " + o.line();
            }
            throw errorAbs("SyntaxError", msg, t.line(), t.col() + 1, t.line(), t.col() + 1, false);
        }
    }

    private ParseException invalidChar(int cp, int col) {
        String msg = isPrintable(cp)
                ? "invalid character '" + new String(Character.toChars(cp)) + "' (U+" + hex4(cp) + ")"
                : "invalid non-printable character U+" + hex4(cp);
        return error("SyntaxError", msg, line, col + 1, line, col + 1, false);
    }

    private static String hex4(int cp) {
        String h = Integer.toHexString(cp).toUpperCase();
        return "0".repeat(Math.max(0, 4 - h.length())) + h;
    }

    private static boolean isPrintable(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> cp == ' ';
            default -> true;
        };
    }

    private boolean isStringPrefix(int start, int end) {
        String p = src.substring(start, end).toLowerCase();
        return switch (p) {
            case "r", "u", "b", "br", "rb", "f", "fr", "rf" -> true;
            default -> false;
        };
    }

    private Token scanString(int start) {
        int startLine = line;
        int startCol = start - lineStart;
        char q = src.charAt(pos);
        boolean triple = src.startsWith(String.valueOf(q).repeat(3), pos);
        pos += triple ? 3 : 1;
        for (;;) {
            if (pos >= src.length()) {
                if (triple) {
                    int detected = src.endsWith("\n") && line > startLine ? line - 1 : line;
                    throw error("SyntaxError", "unterminated triple-quoted string literal (detected at line "
                            + (detected + lineOffset) + ")", startLine, startCol + 1, startLine, startCol + 1,
                            true);
                }
                throw unterminated(startLine, startCol);
            }
            char c = src.charAt(pos);
            if (c == '\\') {
                pos++;
                if (pos < src.length()) {
                    if (src.charAt(pos) == '\n') {
                        pos++;
                        newLine();
                    } else {
                        pos++;
                    }
                }
            } else if (c == '\n') {
                if (!triple) {
                    throw unterminated(startLine, startCol);
                }
                pos++;
                newLine();
            } else if (c == q && (!triple || src.startsWith(String.valueOf(q).repeat(3), pos))) {
                pos += triple ? 3 : 1;
                break;
            } else {
                pos++;
            }
        }
        return tok(TokenKind.STRING, src.substring(start, pos), startLine, startCol, line, pos - lineStart);
    }

    private ParseException unterminated(int startLine, int startCol) {
        return error("SyntaxError", "unterminated string literal (detected at line " + (line + lineOffset) + ")",
                startLine, startCol + 1, startLine, startCol + 1, false);
    }

    // ---- numbers ----

    private Token scanNumber() {
        int start = pos;
        int startCol = pos - lineStart;
        char c = src.charAt(pos);
        if (c == '0' && pos + 1 < src.length() && "xXoObB".indexOf(src.charAt(pos + 1)) >= 0) {
            char k = Character.toLowerCase(src.charAt(pos + 1));
            int radix = k == 'x' ? 16 : k == 'o' ? 8 : 2;
            String kind = k == 'x' ? "hexadecimal" : k == 'o' ? "octal" : "binary";
            pos += 2;
            boolean any = false;
            for (;;) {
                if (peek() == '_') {
                    pos++;
                    if (Character.digit(peek(), radix) < 0) {
                        throw numError("invalid " + kind + " literal", pos);
                    }
                }
                if (Character.digit(peek(), radix) < 0 || peek() > 127) {
                    break;
                }
                while (Character.digit(peek(), radix) >= 0 && peek() < 128) {
                    pos++;
                }
                any = true;
            }
            if (radix != 16 && isDigit(peek())) {
                throw numError("invalid digit '" + peek() + "' in " + kind + " literal", pos + 1);
            }
            if (!any) {
                throw numError("invalid " + kind + " literal", pos);
            }
            verifyEnd(kind);
            String digits = src.substring(start + 2, pos).replace("_", "");
            return number(start, startCol, parseInt(digits, radix));
        }
        boolean isFloat = false;
        boolean leadingZeroError = false;
        if (c != '.') {
            scanDigits();
            String intPart = src.substring(start, pos);
            if (intPart.charAt(0) == '0' && intPart.chars().anyMatch(ch -> ch >= '1' && ch <= '9')) {
                leadingZeroError = true;
            }
        }
        if (peek() == '.') {
            pos++;
            isFloat = true;
            if (isDigit(peek())) {
                scanDigits();
            }
        }
        if ((peek() == 'e' || peek() == 'E') && !src.startsWith("else", pos)) {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
                if (!isDigit(peek())) {
                    throw numError("invalid decimal literal", pos);
                }
            } else if (!isDigit(peek())) {
                throw numError("invalid decimal literal", pos - 1);
            }
            scanDigits();
            isFloat = true;
        }
        Object value;
        if (peek() == 'j' || peek() == 'J') {
            String text = src.substring(start, pos).replace("_", "");
            pos++;
            verifyEnd("imaginary");
            value = new Expr.Constant.Imaginary(Double.parseDouble(text));
        } else {
            if (leadingZeroError && !isFloat) {
                throw error("SyntaxError", "leading zeros in decimal integer literals are not permitted; "
                        + "use an 0o prefix for octal integers", line, startCol + 1, line, pos - lineStart + 1,
                        false);
            }
            verifyEnd("decimal");
            String text = src.substring(start, pos).replace("_", "");
            value = isFloat ? (Object) Double.parseDouble(text) : parseInt(text, 10);
        }
        return number(start, startCol, value);
    }

    private Token number(int start, int startCol, Object value) {
        return new Token(TokenKind.NUMBER, src.substring(start, pos), value, line + lineOffset,
                line == 1 ? startCol + colOffset : startCol, line + lineOffset,
                line == 1 ? pos - lineStart + colOffset : pos - lineStart);
    }

    /** Digits with single underscores between them. */
    private void scanDigits() {
        for (;;) {
            while (isDigit(peek())) {
                pos++;
            }
            if (peek() != '_') {
                return;
            }
            pos++;
            if (!isDigit(peek())) {
                throw numError("invalid decimal literal", pos);
            }
        }
    }

    /** A number may not run into an identifier, except a keyword like {@code 1if} (deprecated but legal). */
    private void verifyEnd(String kind) {
        if (pos >= src.length()) {
            return;
        }
        int cp = src.codePointAt(pos);
        if (!isIdentPart(cp)) {
            return;
        }
        for (String kw : new String[]{"and", "else", "for", "if", "in", "is", "not", "or"}) {
            if (src.startsWith(kw, pos)) {
                return;
            }
        }
        throw numError("invalid " + kind + " literal", pos);
    }

    /** Number errors: CPython's 1-based offset equals the 0-based index of the offending character. */
    private ParseException numError(String msg, int index) {
        int col = index - lineStart;
        return error("SyntaxError", msg, line, col, line, col, false);
    }

    private static Object parseInt(String digits, int radix) {
        if (digits.length() <= (radix == 10 ? 18 : radix == 16 ? 15 : radix == 8 ? 20 : 62)) {
            return Long.parseLong(digits, radix);
        }
        BigInteger b = new BigInteger(digits, radix);
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    private char peek() {
        return pos < src.length() ? src.charAt(pos) : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 128 && !Character.isWhitespace(c)
                && Character.isUnicodeIdentifierStart(c) || c >= 128 && Character.isSurrogate(c);
    }

    private static boolean isIdentPart(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
                || c >= 128 && Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
    }

    // ---- positions and errors ----

    private Token tok(TokenKind kind, String text, int l, int c, int el, int ec) {
        return new Token(kind, text, null, l + lineOffset, l == 1 ? c + colOffset : c, el + lineOffset,
                el == 1 ? ec + colOffset : ec);
    }

    /** Error at a lexer-relative line; col1 is 1-based. */
    private ParseException error(String kind, String msg, int l, int col1, int el, int ecol1, boolean incomplete) {
        int off = l == 1 ? colOffset : 0;
        return errorAbs(kind, msg, l + lineOffset, col1 + off, el + lineOffset, ecol1 <= 0 ? ecol1 : ecol1 + off,
                incomplete);
    }

    /** Error at an absolute (already offset) position. */
    private ParseException errorAbs(String kind, String msg, int l, int col1, int el, int ecol1,
                                    boolean incomplete) {
        return new ParseException(kind, msg, filename, l, col1, el, ecol1, ParseException.lineOf(fullSource, l),
                incomplete);
    }
}
