package org.krait.nodes.local;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.dsl.NodeField;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;
import org.krait.runtime.PyErrors;
import org.krait.runtime.StringAccumulator;

/**
 * Reads a local slot; a slot never written is an unbound local. A {@link StringAccumulator} in the slot reads as
 * its string, except for the read of {@code s += t} itself ({@code keepsAccumulator}).
 */
@NodeField(name = "slot", type = int.class)
@NodeField(name = "name", type = String.class)
@NodeField(name = "keepsAccumulator", type = boolean.class)
public abstract class ReadLocalNode extends ExprNode {
    protected abstract int getSlot();

    protected abstract String getName();

    protected abstract boolean isKeepsAccumulator();

    @Specialization(guards = "frame.isLong(getSlot())")
    protected long readLong(VirtualFrame frame) {
        return frame.getLong(getSlot());
    }

    @Specialization(guards = "frame.isDouble(getSlot())")
    protected double readDouble(VirtualFrame frame) {
        return frame.getDouble(getSlot());
    }

    @Specialization(guards = "frame.isBoolean(getSlot())")
    protected boolean readBoolean(VirtualFrame frame) {
        return frame.getBoolean(getSlot());
    }

    @Specialization(replaces = {"readLong", "readDouble", "readBoolean"})
    protected Object readObject(VirtualFrame frame) {
        // getValue, not getObject: it boxes primitives and never throws for a slot not yet written
        Object v = frame.getValue(getSlot());
        if (v == null) {
            CompilerDirectives.transferToInterpreter();
            throw PyErrors.unboundLocal(getName());
        }
        return isKeepsAccumulator() ? v : StringAccumulator.value(v);
    }
}
