package org.krait.parser;

/**
 * A token. {@code text} is the source text (identifiers NFKC-normalised); {@code value} is the decoded number
 * for NUMBER tokens and null otherwise. Lines are 1-based, columns 0-based UTF-16 offsets.
 */
public record Token(TokenKind kind, String text, Object value, int line, int col, int endLine, int endCol) {

    public boolean is(String op) {
        return (kind == TokenKind.OP || kind == TokenKind.KEYWORD) && text.equals(op);
    }

    public boolean isKeyword(String kw) {
        return kind == TokenKind.KEYWORD && text.equals(kw);
    }

    /** A NAME token with the given text (used for soft keywords). */
    public boolean isName(String name) {
        return kind == TokenKind.NAME && text.equals(name);
    }

    @Override
    public String toString() {
        return kind + "(" + text + ")@" + line + ":" + col;
    }
}
