package org.krait.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import org.krait.parser.ast.Operator;

/** {@code a | b}. */
public abstract class BitOrNode extends BinaryNode {
    @Specialization
    protected long doLong(long a, long b) {
        return a | b;
    }

    @Fallback
    protected Object doGeneric(Object a, Object b) {
        return generic(Operator.BITOR, a, b);
    }
}
