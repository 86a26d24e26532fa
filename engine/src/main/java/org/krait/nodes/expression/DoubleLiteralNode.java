package org.krait.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;

public final class DoubleLiteralNode extends ExprNode {
    private final double value;

    public DoubleLiteralNode(double value) {
        this.value = value;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return value;
    }

    @Override
    public double executeDouble(VirtualFrame frame) {
        return value;
    }
}
