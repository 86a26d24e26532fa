package org.krait.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.profiles.BranchProfile;
import org.krait.runtime.PyException;

/** A sequence of statements. It records in passing exceptions the line of the statement that raised them. */
public final class BlockNode extends StmtNode {
    @Children private final StmtNode[] statements;
    /** Until an exception passes, compiled code leaves the handler out (a deoptimization point instead). */
    private final BranchProfile exceptionSeen = BranchProfile.create();

    public BlockNode(StmtNode[] statements) {
        this.statements = statements;
    }

    @Override
    @ExplodeLoop
    public int execute(VirtualFrame frame) {
        for (StmtNode s : statements) {
            int completion;
            try {
                completion = s.execute(frame);
            } catch (PyException e) {
                exceptionSeen.enter();
                e.recordLine(s.line());
                throw e;
            }
            if (completion != NORMAL) {
                return completion;
            }
        }
        return NORMAL;
    }
}
