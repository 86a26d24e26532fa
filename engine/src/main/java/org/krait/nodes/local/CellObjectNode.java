package org.krait.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;

/** The cell in a frame slot itself, not its value: a class body hands its {@code __class__} cell to the class. */
public final class CellObjectNode extends ExprNode {
    private final int slot;

    public CellObjectNode(int slot) {
        this.slot = slot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return frame.getObject(slot);
    }
}
