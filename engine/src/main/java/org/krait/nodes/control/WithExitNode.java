package org.krait.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;
import org.krait.runtime.Calls;
import org.krait.runtime.PyBaseException;
import org.krait.runtime.PyException;
import org.krait.runtime.PyNone;

/**
 * End of a {@code with} block: calls the saved {@code __exit__} with the exception being handled (from the
 * handler slot), or with three Nones when the block finished normally. Its value says whether to suppress.
 */
public final class WithExitNode extends ExprNode {
    private final int exitSlot;
    /** The slot holding the exception being handled, or -1 for a normal exit. */
    private final int exceptionSlot;

    public WithExitNode(int exitSlot, int exceptionSlot) {
        this.exitSlot = exitSlot;
        this.exceptionSlot = exceptionSlot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object exit = frame.getObject(exitSlot);
        if (exceptionSlot < 0) {
            return Calls.call(exit, PyNone.NONE, PyNone.NONE, PyNone.NONE);
        }
        PyBaseException e = ((PyException) frame.getObject(exceptionSlot)).exception();
        return Calls.call(exit, e.type(), e, e.traceback == null ? PyNone.NONE : e.traceback);
    }
}
