package org.krait.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.krait.nodes.StmtNode;

/**
 * Forgets compiler temporaries once the statement that read them is done, so that the frame does not keep
 * their values alive (a memoryview kept alive pins its bytearray's size).
 */
public final class ClearTempsNode extends StmtNode {
    @CompilationFinal(dimensions = 1) private final int[] slots;

    public ClearTempsNode(int[] slots) {
        this.slots = slots;
    }

    @Override
    @ExplodeLoop
    public int execute(VirtualFrame frame) {
        for (int slot : slots) {
            frame.setObject(slot, null);
        }
        return NORMAL;
    }
}
