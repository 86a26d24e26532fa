package org.krait.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;
import org.krait.nodes.StmtNode;
import org.krait.runtime.PyNone;

/** {@code return value} before the end of a function (a final return is the root's tail expression). */
public final class ReturnNode extends StmtNode {
    @Child private ExprNode value;
    private final int returnSlot;

    public ReturnNode(ExprNode value, int returnSlot) {
        this.value = value;
        this.returnSlot = returnSlot;
    }

    @Override
    public int execute(VirtualFrame frame) {
        frame.setObject(returnSlot, value == null ? PyNone.NONE : value.execute(frame));
        return RETURN;
    }
}
