package org.krait.parser.ast;

/** Binary arithmetic operators with their symbol and special-method names. */
public enum Operator {
    ADD("+", "add"), SUB("-", "sub"), MULT("*", "mul"), MATMULT("@", "matmul"), DIV("/", "truediv"),
    MOD("%", "mod"), POW("**", "pow"), LSHIFT("<<", "lshift"), RSHIFT(">>", "rshift"), BITOR("|", "or"),
    BITXOR("^", "xor"), BITAND("&", "and"), FLOORDIV("//", "floordiv");

    private final String symbol;
    private final String dunder;
    private final String rdunder;
    private final String idunder;

    Operator(String symbol, String base) {
        this.symbol = symbol;
        this.dunder = "__" + base + "__";
        this.rdunder = "__r" + base + "__";
        this.idunder = "__i" + base + "__";
    }

    /** E.g. "+", "//". */
    public String symbol() {
        return symbol;
    }

    /** E.g. "__add__". */
    public String dunder() {
        return dunder;
    }

    /** E.g. "__radd__". */
    public String rdunder() {
        return rdunder;
    }

    /** E.g. "__iadd__". */
    public String idunder() {
        return idunder;
    }
}
