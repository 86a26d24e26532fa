package org.krait.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import org.krait.parser.ast.Operator;

/** {@code a + b}. */
public abstract class AddNode extends BinaryNode {
    @Specialization(rewriteOn = ArithmeticException.class)
    protected long doLong(long a, long b) {
        return Math.addExact(a, b);
    }

    @Specialization
    protected double doDouble(double a, double b) {
        return a + b;
    }

    @Specialization
    protected double doLongDouble(long a, double b) {
        return a + b;
    }

    @Specialization
    protected double doDoubleLong(double a, long b) {
        return a + b;
    }

    @Specialization
    protected String doString(String a, String b) {
        return org.krait.runtime.Strings.concat(a, b);
    }

    @Fallback
    protected Object doGeneric(Object a, Object b) {
        return generic(Operator.ADD, a, b);
    }
}
