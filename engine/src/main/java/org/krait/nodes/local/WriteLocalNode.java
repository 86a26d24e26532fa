package org.krait.nodes.local;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.NodeField;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;

/** Stores into a local slot, keeping ints, floats and bools unboxed while a slot only ever holds one kind. */
@NodeChild("value")
@NodeField(name = "slot", type = int.class)
public abstract class WriteLocalNode extends ExprNode {
    protected abstract int getSlot();

    /** Stores an already computed value (for targets of {@code for}, unpacking, imports). */
    public abstract Object executeWrite(com.oracle.truffle.api.frame.VirtualFrame frame, Object value);

    @Specialization(guards = "isKind(frame, LONG)")
    protected long writeLong(VirtualFrame frame, long value) {
        frame.getFrameDescriptor().setSlotKind(getSlot(), FrameSlotKind.Long);
        frame.setLong(getSlot(), value);
        return value;
    }

    @Specialization(guards = "isKind(frame, DOUBLE)")
    protected double writeDouble(VirtualFrame frame, double value) {
        frame.getFrameDescriptor().setSlotKind(getSlot(), FrameSlotKind.Double);
        frame.setDouble(getSlot(), value);
        return value;
    }

    @Specialization(guards = "isKind(frame, BOOLEAN)")
    protected boolean writeBoolean(VirtualFrame frame, boolean value) {
        frame.getFrameDescriptor().setSlotKind(getSlot(), FrameSlotKind.Boolean);
        frame.setBoolean(getSlot(), value);
        return value;
    }

    @Specialization(replaces = {"writeLong", "writeDouble", "writeBoolean"})
    protected Object write(VirtualFrame frame, Object value) {
        frame.getFrameDescriptor().setSlotKind(getSlot(), FrameSlotKind.Object);
        frame.setObject(getSlot(), value);
        return value;
    }

    protected static final FrameSlotKind LONG = FrameSlotKind.Long;
    protected static final FrameSlotKind DOUBLE = FrameSlotKind.Double;
    protected static final FrameSlotKind BOOLEAN = FrameSlotKind.Boolean;

    /** The slot still has the given kind, or none yet. */
    protected boolean isKind(VirtualFrame frame, FrameSlotKind kind) {
        FrameSlotKind k = frame.getFrameDescriptor().getSlotKind(getSlot());
        return k == kind || k == FrameSlotKind.Illegal;
    }
}
