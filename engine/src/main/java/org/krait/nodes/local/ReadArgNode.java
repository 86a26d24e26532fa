package org.krait.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;

/** Reads frame argument {@code index} (argument 0 is the function itself). */
public final class ReadArgNode extends ExprNode {
    private final int index;

    public ReadArgNode(int index) {
        this.index = index;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return frame.getArguments()[index];
    }
}
