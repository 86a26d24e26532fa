package org.krait.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;

public final class LocalTarget extends TargetNode {
    @Child private WriteLocalNode write;

    public LocalTarget(int slot) {
        this.write = WriteLocalNodeGen.create(null, slot);
    }

    @Override
    public void assign(VirtualFrame frame, Object value) {
        write.executeWrite(frame, value);
    }
}
