package org.krait.stdlib.numpy;

/** numpy's comparison ufuncs: element-wise, giving bool arrays; NaN compares unequal to everything. */
enum Comparison {
    EQUAL("equal", "=="),
    NOT_EQUAL("not_equal", "!="),
    LESS("less", "<"),
    LESS_EQUAL("less_equal", "<="),
    GREATER("greater", ">"),
    GREATER_EQUAL("greater_equal", ">=");

    final String ufunc;
    final String symbol;

    Comparison(String ufunc, String symbol) {
        this.ufunc = ufunc;
        this.symbol = symbol;
    }

    boolean test(long a, long b) {
        return switch (this) {
            case EQUAL -> a == b;
            case NOT_EQUAL -> a != b;
            case LESS -> a < b;
            case LESS_EQUAL -> a <= b;
            case GREATER -> a > b;
            case GREATER_EQUAL -> a >= b;
        };
    }

    boolean test(double a, double b) {
        return switch (this) {
            case EQUAL -> a == b;
            case NOT_EQUAL -> a != b;
            case LESS -> a < b;
            case LESS_EQUAL -> a <= b;
            case GREATER -> a > b;
            case GREATER_EQUAL -> a >= b;
        };
    }
}
