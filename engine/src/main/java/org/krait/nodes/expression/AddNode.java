package org.krait.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import org.krait.parser.ast.Operator;
import org.krait.runtime.StringAccumulator;
import org.krait.runtime.Strings;

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

    /** {@code s += t} on a local that already grows in an accumulator: append in place. */
    @Specialization(guards = "accumulates()")
    protected StringAccumulator doAppend(StringAccumulator a, String b) {
        return a.append(b);
    }

    /** Anything else added to an accumulating local sees its string value. */
    @Specialization(guards = "accumulates()")
    protected Object doAccumulated(StringAccumulator a, Object b) {
        return generic(Operator.ADD, a.string(), b);
    }

    /** {@code s += t} on a local: once the string is long, it grows in an accumulator from now on. */
    @Specialization(guards = "accumulates()")
    protected Object doStringOnLocal(String a, String b) {
        if (a.length() + b.length() >= StringAccumulator.MIN_LENGTH) {
            return new StringAccumulator(a, b);
        }
        return Strings.concat(a, b);
    }

    @Specialization(guards = "!accumulates()")
    protected String doString(String a, String b) {
        return Strings.concat(a, b);
    }

    @Fallback
    protected Object doGeneric(Object a, Object b) {
        return generic(Operator.ADD, a, b);
    }
}
