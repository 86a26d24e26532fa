package org.krait.nodes.expression;

import org.krait.runtime.PyException;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import org.krait.nodes.ExprNode;
import org.krait.parser.ast.UnaryOperator;
import org.krait.runtime.Arith;

/** Unary {@code -}, {@code +} and {@code ~} ({@code not} is {@link NotNode}). */
@NodeChild("operand")
public abstract class UnaryNode extends ExprNode {
    protected final UnaryOperator op;

    protected UnaryNode(UnaryOperator op) {
        this.op = op;
    }

    @Specialization(guards = "op == USUB", rewriteOn = ArithmeticException.class)
    protected long negLong(long v) {
        return Math.negateExact(v);
    }

    @Specialization(guards = "op == USUB")
    protected double negDouble(double v) {
        return -v;
    }

    @Fallback
    protected Object doGeneric(Object v) {
        try {
            return switch (op) {
                case USUB -> Arith.negate(v);
                case UADD -> Arith.positive(v);
                default -> Arith.invert(v);
            };
        } catch (PyException e) {
            throw located(e);
        }
    }

    protected static final UnaryOperator USUB = UnaryOperator.USUB;
}
