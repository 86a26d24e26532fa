package org.krait.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.StmtNode;
import org.krait.runtime.PyCell;
import org.krait.runtime.PyFunction;

/**
 * Function prologue step for variables shared with closures: a fresh cell (holding the argument for a
 * captured parameter), or the cell the function captured from its definer.
 */
public final class InitCellNode extends StmtNode {
    public enum Source { EMPTY, ARGUMENT, CLOSURE }

    private final int slot;
    private final Source source;
    /** Argument index for ARGUMENT, closure index for CLOSURE. */
    private final int index;

    public InitCellNode(int slot, Source source, int index) {
        this.slot = slot;
        this.source = source;
        this.index = index;
    }

    @Override
    public int execute(VirtualFrame frame) {
        PyCell cell = switch (source) {
            case EMPTY -> new PyCell(null);
            case ARGUMENT -> new PyCell(frame.getArguments()[index]);
            case CLOSURE -> ((PyFunction) frame.getArguments()[0]).closure()[index];
        };
        frame.setObject(slot, cell);
        return NORMAL;
    }
}
