package org.krait.nodes.local;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.NodeField;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;

/**
 * Stores into a local slot, keeping ints, floats and bools unboxed while this store only ever sees one kind. The
 * frame's tags say what a slot holds (reads check them), so stores need not agree on a kind through the frame
 * descriptor: in an OSR compilation the frame is the caller's, materialized, and every descriptor lookup would
 * stay in the compiled loop.
 */
@NodeChild("value")
@NodeField(name = "slot", type = int.class)
public abstract class WriteLocalNode extends ExprNode {
    protected abstract int getSlot();

    /** Stores an already computed value (for targets of {@code for}, unpacking, imports). */
    public abstract Object executeWrite(com.oracle.truffle.api.frame.VirtualFrame frame, Object value);

    @Specialization
    protected long writeLong(VirtualFrame frame, long value) {
        frame.setLong(getSlot(), value);
        return value;
    }

    @Specialization
    protected double writeDouble(VirtualFrame frame, double value) {
        frame.setDouble(getSlot(), value);
        return value;
    }

    @Specialization
    protected boolean writeBoolean(VirtualFrame frame, boolean value) {
        frame.setBoolean(getSlot(), value);
        return value;
    }

    @Specialization(replaces = {"writeLong", "writeDouble", "writeBoolean"})
    protected Object write(VirtualFrame frame, Object value) {
        frame.setObject(getSlot(), value);
        return value;
    }
}
