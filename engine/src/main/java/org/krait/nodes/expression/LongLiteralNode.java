package org.krait.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;

public final class LongLiteralNode extends ExprNode {
    private final long value;

    public LongLiteralNode(long value) {
        this.value = value;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return value;
    }

    @Override
    public long executeLong(VirtualFrame frame) {
        return value;
    }
}
