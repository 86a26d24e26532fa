package org.krait.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;
import org.krait.nodes.StmtNode;
import org.krait.runtime.PyNone;

public final class ReturnNode extends StmtNode {
    @Child private ExprNode value;

    public ReturnNode(ExprNode value) {
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        throw new ReturnException(value == null ? PyNone.NONE : value.execute(frame));
    }
}
