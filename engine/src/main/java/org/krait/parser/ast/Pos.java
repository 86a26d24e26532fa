package org.krait.parser.ast;

/**
 * Source span of a node. {@code line}/{@code endLine} are 1-based; {@code col}/{@code endCol} are 0-based
 * offsets in UTF-16 chars within their line (CPython uses UTF-8 bytes; we use chars).
 */
public record Pos(int line, int col, int endLine, int endCol) {
    public static final Pos NONE = new Pos(0, 0, 0, 0);

    /** Span from the start of {@code a} to the end of {@code b}. */
    public static Pos span(Pos a, Pos b) {
        return new Pos(a.line, a.col, b.endLine, b.endCol);
    }
}
