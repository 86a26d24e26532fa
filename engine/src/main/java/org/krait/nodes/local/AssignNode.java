package org.krait.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.krait.nodes.ExprNode;
import org.krait.nodes.StmtNode;

/** {@code t1 = t2 = value}. */
public final class AssignNode extends StmtNode {
    @Child private ExprNode value;
    @Children private final TargetNode[] targets;

    public AssignNode(ExprNode value, TargetNode[] targets) {
        this.value = value;
        this.targets = targets;
    }

    @Override
    @ExplodeLoop
    public int execute(VirtualFrame frame) {
        Object v = value.execute(frame);
        for (TargetNode t : targets) {
            t.assign(frame, v);
        }
        return NORMAL;
    }
}
