package org.krait.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;
import org.krait.runtime.Awaitables;
import org.krait.runtime.PyGenerator;
import org.krait.runtime.PyNone;

/**
 * {@code yield value}. The first execution suspends the generator; when the statement containing it runs
 * again on resumption, the node answers with the value sent in (or raises what was thrown in).
 */
public final class YieldNode extends ExprNode {
    @Child private ExprNode value;
    private final int suspendedSlot;
    private final int generatorSlot;
    /** In an async generator, yielded values are marked to tell them from the suspensions of its awaits. */
    private final boolean asyncGenerator;

    public YieldNode(ExprNode value, int suspendedSlot, int generatorSlot, boolean asyncGenerator) {
        this.asyncGenerator = asyncGenerator;
        this.value = value;
        this.suspendedSlot = suspendedSlot;
        this.generatorSlot = generatorSlot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (frame.getObject(suspendedSlot) != null) {
            frame.setObject(suspendedSlot, null);
            return ((PyGenerator) frame.getObject(generatorSlot)).takeSent();
        }
        Object v = value == null ? PyNone.NONE : value.execute(frame);
        frame.setObject(suspendedSlot, Boolean.TRUE);
        throw new YieldException(asyncGenerator ? new Awaitables.AsyncGenYield(v) : v);
    }
}
