package org.krait.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import org.krait.parser.ast.Operator;

/** {@code a / b}. */
public abstract class TrueDivNode extends BinaryNode {
    @Specialization(guards = "isNonZero(b)")
    protected double doDouble(double a, double b) {
        return a / b;
    }

    @Specialization(guards = {"b != 0", "fitsDouble(a)", "fitsDouble(b)"})
    protected double doLong(long a, long b) {
        return (double) a / (double) b;
    }

    @Specialization(guards = {"isNonZero(b)", "fitsDouble(a)"})
    protected double doLongDouble(long a, double b) {
        return a / b;
    }

    @Specialization(guards = {"b != 0", "fitsDouble(b)"})
    protected double doDoubleLong(double a, long b) {
        return a / b;
    }

    /** Exactly representable, so the quotient is correctly rounded as Python requires. */
    protected static boolean fitsDouble(long v) {
        return Math.abs(v) < (1L << 53);
    }

    @Fallback
    protected Object doGeneric(Object a, Object b) {
        return generic(Operator.DIV, a, b);
    }

    protected static boolean isNonZero(double d) {
        return d != 0;
    }
}
