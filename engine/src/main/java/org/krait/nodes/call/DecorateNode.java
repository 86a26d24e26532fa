package org.krait.nodes.call;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.krait.nodes.ExprNode;
import org.krait.runtime.Calls;

/** Applies decorators (evaluated top to bottom, applied bottom to top) to a new function or class. */
public final class DecorateNode extends ExprNode {
    @Children private final ExprNode[] decorators;
    @Child private ExprNode target;

    public DecorateNode(ExprNode[] decorators, ExprNode target) {
        this.decorators = decorators;
        this.target = target;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object[] ds = new Object[decorators.length];
        for (int i = 0; i < decorators.length; i++) {
            ds[i] = decorators[i].execute(frame);
        }
        Object v = target.execute(frame);
        for (int i = ds.length - 1; i >= 0; i--) {
            v = Calls.call(ds[i], v);
        }
        return v;
    }
}
