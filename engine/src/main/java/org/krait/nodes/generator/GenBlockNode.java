package org.krait.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.StmtNode;
import org.krait.runtime.PyException;

/**
 * A statement sequence in a generator body: remembers which statement was running when the generator
 * yielded and resumes there.
 */
public final class GenBlockNode extends StmtNode {
    @Children private final StmtNode[] statements;
    private final int indexSlot;

    public GenBlockNode(StmtNode[] statements, int indexSlot) {
        this.statements = statements;
        this.indexSlot = indexSlot;
    }

    @Override
    public int execute(VirtualFrame frame) {
        Object saved = frame.getObject(indexSlot);
        int i = saved == null ? 0 : (Integer) saved;
        try {
            int completion = NORMAL;
            for (; i < statements.length && completion == NORMAL; i++) {
                try {
                    completion = statements[i].execute(frame);
                } catch (PyException e) {
                    e.recordLine(statements[i].line());
                    throw e;
                }
            }
            frame.setObject(indexSlot, null);
            return completion;
        } catch (YieldException y) {
            frame.setObject(indexSlot, i);
            throw y;
        } catch (Throwable t) {
            frame.setObject(indexSlot, null);
            throw t;
        }
    }
}
