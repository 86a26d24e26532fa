package org.krait.parser.ast;

public enum UnaryOperator {
    INVERT("~", "__invert__"), NOT("not", null), UADD("+", "__pos__"), USUB("-", "__neg__");

    private final String symbol;
    private final String dunder;

    UnaryOperator(String symbol, String dunder) {
        this.symbol = symbol;
        this.dunder = dunder;
    }

    /** E.g. "-" ("not" for NOT). */
    public String symbol() {
        return symbol;
    }

    /** E.g. "__neg__"; null for NOT, which has no special method. */
    public String dunder() {
        return dunder;
    }
}
