package org.krait.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.StmtNode;

public final class ContinueNode extends StmtNode {
    @Override
    public int execute(VirtualFrame frame) {
        return CONTINUE;
    }
}
