package org.krait.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;

/**
 * A target implemented by a store expression (cell, global, item, attribute) whose value child reads the
 * assigned value from a temporary slot.
 */
public final class ExprTarget extends TargetNode {
    private final int tempSlot;
    @Child private ExprNode store;

    public ExprTarget(int tempSlot, ExprNode store) {
        this.tempSlot = tempSlot;
        this.store = store;
    }

    @Override
    public void assign(VirtualFrame frame, Object value) {
        frame.setObject(tempSlot, value);
        try {
            store.execute(frame);
        } finally {
            frame.setObject(tempSlot, null);  // the frame must not keep the value alive (a memoryview pins its bytearray)
        }
    }
}
