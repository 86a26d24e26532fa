package org.krait.parser.ast;

/** Comparison operators; {@link #dunder()} is null for the identity/membership ones. */
public enum CmpOp {
    EQ("==", "__eq__"), NOTEQ("!=", "__ne__"), LT("<", "__lt__"), LTE("<=", "__le__"), GT(">", "__gt__"),
    GTE(">=", "__ge__"), IS("is", null), ISNOT("is not", null), IN("in", null), NOTIN("not in", null);

    private final String symbol;
    private final String dunder;

    CmpOp(String symbol, String dunder) {
        this.symbol = symbol;
        this.dunder = dunder;
    }

    public String symbol() {
        return symbol;
    }

    /** E.g. "__lt__"; null for is / is not / in / not in. */
    public String dunder() {
        return dunder;
    }
}
