package org.krait.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import org.krait.parser.ast.Operator;

/** {@code a // b}. */
public abstract class FloorDivNode extends BinaryNode {
    @Specialization(guards = {"b > 0"})
    protected long doLong(long a, long b) {
        return Math.floorDiv(a, b);
    }

    @Fallback
    protected Object doGeneric(Object a, Object b) {
        return generic(Operator.FLOORDIV, a, b);
    }
}
