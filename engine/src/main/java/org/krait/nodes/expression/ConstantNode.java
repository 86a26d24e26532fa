package org.krait.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;

/** A literal or other compile-time value. */
public final class ConstantNode extends ExprNode {
    private final Object value;

    public ConstantNode(Object value) {
        this.value = value;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return value;
    }
}
