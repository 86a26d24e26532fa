package org.krait.parser;

/** Token categories. Operators and delimiters are all {@link #OP}; the parser compares their text. */
public enum TokenKind {
    /** Identifier, including the soft keywords {@code match}, {@code case} and {@code _}. */
    NAME,
    /** Hard keyword such as {@code if} or {@code None}. */
    KEYWORD,
    NUMBER,
    /** One string literal, undecoded (prefix and quotes included); f-strings are single tokens as in 3.11. */
    STRING,
    OP,
    NEWLINE,
    INDENT,
    DEDENT,
    ENDMARKER
}
