package org.krait.nodes.expression;

import org.krait.runtime.PyException;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import org.krait.parser.ast.Operator;
import org.krait.runtime.Arith;

/** {@code a ** b}. */
public abstract class PowNode extends BinaryNode {
    @Specialization(guards = "!isComplexPow(a, b)")
    protected double doDouble(double a, double b) {
        try {
            return Arith.pow(a, b);
        } catch (PyException e) {
            throw located(e);  // 0.0 ** -1
        }
    }

    @Specialization
    protected double doDoubleLong(double a, long b) {
        return doDouble(a, b);
    }

    protected static boolean isComplexPow(double a, double b) {
        return Arith.isComplexPow(a, b);
    }

    @Fallback
    protected Object doGeneric(Object a, Object b) {
        return generic(Operator.POW, a, b);
    }
}
