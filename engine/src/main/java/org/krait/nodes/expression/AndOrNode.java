package org.krait.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.krait.nodes.ExprNode;
import org.krait.runtime.Ops;

/** {@code a and b and ...} / {@code a or b or ...}: short-circuits and returns the deciding operand. */
public final class AndOrNode extends ExprNode {
    @Children private final ExprNode[] values;
    private final boolean isAnd;

    public AndOrNode(ExprNode[] values, boolean isAnd) {
        this.values = values;
        this.isAnd = isAnd;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object v = null;
        for (int i = 0; i < values.length; i++) {
            v = values[i].execute(frame);
            if (i < values.length - 1 && truth(v) != isAnd) {
                return v;
            }
        }
        return v;
    }

    private static boolean truth(Object v) {
        return v instanceof Boolean b ? b : Ops.isTrue(v);
    }
}
