package org.krait.nodes.call;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;
import org.krait.runtime.Calls;

/** {@code f(args)}. */
public final class CallNode extends ExprNode {
    @Child private ExprNode callee;
    @Child private ArgumentsNode arguments;
    @Child private DispatchNode dispatch = DispatchNodeGen.create();

    public CallNode(ExprNode callee, ArgumentsNode arguments) {
        this.callee = callee;
        this.arguments = arguments;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object f = callee.execute(frame);
        if (arguments.isSimple()) {
            Object[] args = arguments.positional(frame, 1);
            if (!arguments.hasKeywords()) {
                return dispatch.execute(f, args, Calls.NO_KEYWORDS, Calls.NO_VALUES);
            }
            return dispatch.execute(f, args, arguments.keywordNames(), arguments.keywordValues(frame));
        }
        ArgumentsNode.Evaluated e = arguments.evaluateGeneral(frame, 1);
        return dispatch.execute(f, e.args(), e.kwNames(), e.kwValues());
    }
}
