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
 * its string, except for the read of {@code s += t} itself.
 */
@NodeField(name = "slot", type = int.class)
@NodeField(name = "name", type = String.class)
@NodeField(name = "accumulator", type = ReadLocalNode.Accumulator.class)
public abstract class ReadLocalNode extends ExprNode {
    /** What the read does with a {@link StringAccumulator} in the slot. */
    public enum Accumulator {
        /** The local is never the target of {@code +=}, so its slot never holds one. */
        NONE,
        /** Reads it as its string. */
        UNWRAP,
        /** The read of {@code s += t} itself: the accumulator goes on growing. */
        KEEP
    }

    protected abstract int getSlot();

    protected abstract String getName();

    protected abstract Accumulator getAccumulator();

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

    @Specialization(guards = "frame.isObject(getSlot())")
    protected Object readObject(VirtualFrame frame) {
        return checked(frame.getObject(getSlot()));
    }

    /**
     * A slot whose kind changed. Only here {@code getValue}: it boxes whatever primitive the slot holds, and
     * compiled code keeps a boxing path for every tag it cannot rule out.
     */
    @Specialization(replaces = {"readLong", "readDouble", "readBoolean", "readObject"})
    protected Object readAny(VirtualFrame frame) {
        return checked(frame.getValue(getSlot()));
    }

    /** A slot never written (null) is an unbound local; an accumulated string reads as its String. */
    private Object checked(Object v) {
        if (v == null) {
            CompilerDirectives.transferToInterpreter();
            throw located(PyErrors.unboundLocal(getName()));
        }
        return getAccumulator() == Accumulator.UNWRAP ? StringAccumulator.value(v) : v;
    }
}
