package org.krait.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;
import org.krait.nodes.StmtNode;
import org.krait.runtime.PyDict;
import org.krait.runtime.PyList;
import org.krait.runtime.PySet;

/** The innermost step of a comprehension: adds to the result held in a temporary slot. */
public final class AppendNode extends StmtNode {
    private final int resultSlot;
    @Child private ExprNode value;
    @Child private ExprNode key;

    /** {@code key} is non-null for dict comprehensions. */
    public AppendNode(int resultSlot, ExprNode key, ExprNode value) {
        this.resultSlot = resultSlot;
        this.key = key;
        this.value = value;
    }

    @Override
    public int execute(VirtualFrame frame) {
        Object result = frame.getObject(resultSlot);
        if (result instanceof PyList l) {
            l.append(value.execute(frame));
        } else if (result instanceof PySet s) {
            s.add(value.execute(frame));
        } else {
            Object k = key.execute(frame);
            ((PyDict) result).put(k, value.execute(frame));
        }
        return NORMAL;
    }
}
