package org.krait.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import org.krait.parser.ast.Operator;

/** {@code a % b}. */
public abstract class ModNode extends BinaryNode {
    @Specialization(guards = {"b > 0"})
    protected long doLong(long a, long b) {
        return Math.floorMod(a, b);
    }

    @Specialization(guards = {"isNonZero(b)"})
    protected double doDouble(double a, double b) {
        return org.krait.runtime.Arith.mod(a, b);
    }

    @Fallback
    protected Object doGeneric(Object a, Object b) {
        return generic(Operator.MOD, a, b);
    }

    protected static boolean isNonZero(double d) {
        return d != 0;
    }
}
