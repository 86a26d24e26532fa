package org.krait.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.StmtNode;

public final class BreakNode extends StmtNode {
    @Override
    public int execute(VirtualFrame frame) {
        return BREAK;
    }
}
