package org.krait.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;

/**
 * Reads a compiler temporary (always an object slot: {@code getObject}, not {@code getValue}, whose boxing of
 * every primitive tag the compiler would have to keep wherever the tag is unknown, as in an OSR frame).
 */
public final class ReadTempNode extends ExprNode {
    private final int slot;

    public ReadTempNode(int slot) {
        this.slot = slot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return frame.getObject(slot);
    }
}
