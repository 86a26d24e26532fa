package org.krait.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;
import org.krait.runtime.PyCell;

/** Stores into a cell variable ({@code value == null} unbinds it, for {@code del}). */
public final class WriteCellNode extends ExprNode {
    private final int slot;
    @Child private ExprNode value;

    public WriteCellNode(int slot, ExprNode value) {
        this.slot = slot;
        this.value = value;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object v = value.execute(frame);
        ((PyCell) frame.getObject(slot)).value = v;
        return v;
    }
}
