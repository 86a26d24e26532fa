package org.krait.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;
import org.krait.runtime.Ops;

/** {@code iter(value)}. */
public final class IterNode extends ExprNode {
    @Child private ExprNode value;

    public IterNode(ExprNode value) {
        this.value = value;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return Ops.iter(value.execute(frame));
    }
}
