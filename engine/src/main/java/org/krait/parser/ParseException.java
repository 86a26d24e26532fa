package org.krait.parser;

/**
 * A Python SyntaxError (or IndentationError / TabError) raised by the lexer, parser or scope analysis.
 * Columns are 1-based like CPython's {@code SyntaxError.offset}.
 */
public final class ParseException extends RuntimeException {
    private final String kind;
    private final String msg;
    private final String filename;
    private final int line;
    private final int column;
    private final int endLine;
    private final int endColumn;
    private final String lineText;
    private final boolean incomplete;

    public ParseException(String kind, String msg, String filename, int line, int column, int endLine,
                          int endColumn, String lineText, boolean incomplete) {
        super(msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.line = line;
        this.column = column;
        this.endLine = endLine;
        this.endColumn = endColumn;
        this.lineText = lineText;
        this.incomplete = incomplete;
    }

    /** "SyntaxError", "IndentationError" or "TabError". */
    public String kind() {
        return kind;
    }

    public String msg() {
        return msg;
    }

    public String filename() {
        return filename;
    }

    /** 1-based line. */
    public int line() {
        return line;
    }

    /** 1-based column (CPython's {@code offset}). */
    public int column() {
        return column;
    }

    public int endLine() {
        return endLine;
    }

    public int endColumn() {
        return endColumn;
    }

    /** The offending source line without its newline, or null if unknown. */
    public String lineText() {
        return lineText;
    }

    /** True when more input could make the source valid (unclosed bracket or string, missing block...). */
    public boolean incomplete() {
        return incomplete;
    }

    @Override
    public String getMessage() {
        return kind + ": " + msg + " (" + filename + ", line " + line + ", column " + column + ")";
    }

    /** Text of the 1-based {@code line} of {@code source}, without line terminator; null if out of range. */
    static String lineOf(String source, int line) {
        if (source == null || line < 1) {
            return null;
        }
        int start = 0;
        for (int l = 1; l < line; l++) {
            int nl = source.indexOf('\n', start);
            if (nl < 0) {
                return null;
            }
            start = nl + 1;
        }
        int end = start;
        while (end < source.length() && source.charAt(end) != '\n' && source.charAt(end) != '\r') {
            end++;
        }
        return source.substring(start, end);
    }
}
