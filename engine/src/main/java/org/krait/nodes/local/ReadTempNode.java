package org.krait.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;

/** Reads a compiler temporary (always an object slot). */
public final class ReadTempNode extends ExprNode {
    private final int slot;

    public ReadTempNode(int slot) {
        this.slot = slot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return frame.getValue(slot);
    }
}
