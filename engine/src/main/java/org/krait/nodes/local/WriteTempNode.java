package org.krait.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;
import org.krait.nodes.StmtNode;

/** Stores a compiler temporary. */
public final class WriteTempNode extends StmtNode {
    private final int slot;
    @Child private ExprNode value;

    public WriteTempNode(int slot, ExprNode value) {
        this.slot = slot;
        this.value = value;
    }

    @Override
    public int execute(VirtualFrame frame) {
        frame.setObject(slot, value.execute(frame));
        return NORMAL;
    }
}
