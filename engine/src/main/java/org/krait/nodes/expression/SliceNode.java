package org.krait.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;
import org.krait.runtime.PyNone;
import org.krait.runtime.PySlice;

/** {@code lower:upper:step} inside a subscript. */
public final class SliceNode extends ExprNode {
    @Child private ExprNode lower;
    @Child private ExprNode upper;
    @Child private ExprNode step;

    public SliceNode(ExprNode lower, ExprNode upper, ExprNode step) {
        this.lower = lower;
        this.upper = upper;
        this.step = step;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return new PySlice(eval(lower, frame), eval(upper, frame), eval(step, frame));
    }

    private static Object eval(ExprNode n, VirtualFrame frame) {
        return n == null ? PyNone.NONE : n.execute(frame);
    }
}
