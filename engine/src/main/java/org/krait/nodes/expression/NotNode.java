package org.krait.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;

public final class NotNode extends ExprNode {
    @Child private ToBoolNode operand;

    public NotNode(ExprNode operand) {
        this.operand = ToBoolNodeGen.create(operand);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return !operand.executeBoolean(frame);
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
        return !operand.executeBoolean(frame);
    }
}
