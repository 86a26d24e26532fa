package org.krait.nodes.call;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.BranchProfile;
import org.krait.nodes.ExprNode;
import org.krait.runtime.Calls;
import org.krait.runtime.PyException;

/** {@code f(args)}. */
public final class CallNode extends ExprNode {
    @Child private ExprNode callee;
    @Child private ArgumentsNode arguments;
    @Child private DispatchNode dispatch = DispatchNodeGen.create();
    /** Until a call raises here, compiled code leaves the handler out. */
    private final BranchProfile raised = BranchProfile.create();

    public CallNode(ExprNode callee, ArgumentsNode arguments) {
        this.callee = callee;
        this.arguments = arguments;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object f = callee.execute(frame);
        Object[] args;
        String[] kwNames = Calls.NO_KEYWORDS;
        Object[] kwValues = Calls.NO_VALUES;
        if (arguments.isSimple()) {
            args = arguments.positional(frame, 1);
            if (arguments.hasKeywords()) {
                kwNames = arguments.keywordNames();
                kwValues = arguments.keywordValues(frame);
            }
        } else {
            ArgumentsNode.Evaluated e = arguments.evaluateGeneral(frame, 1);
            args = e.args();
            kwNames = e.kwNames();
            kwValues = e.kwValues();
        }
        try {
            return dispatch.execute(f, args, kwNames, kwValues);
        } catch (PyException e) {
            raised.enter();
            throw located(e);
        }
    }
}
