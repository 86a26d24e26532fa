package org.krait.nodes.local;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;
import org.krait.runtime.PyCell;
import org.krait.runtime.PyErrors;

/** Reads a variable shared with nested functions through the cell held in a local slot. */
public final class ReadCellNode extends ExprNode {
    private final int slot;
    private final String name;
    private final boolean free;

    public ReadCellNode(int slot, String name, boolean free) {
        this.slot = slot;
        this.name = name;
        this.free = free;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object v = ((PyCell) frame.getObject(slot)).value;
        if (v == null) {
            CompilerDirectives.transferToInterpreter();
            throw located(free ? PyErrors.unboundFree(name) : PyErrors.unboundLocal(name));
        }
        return v;
    }
}
