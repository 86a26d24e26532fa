package org.krait.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/** An expression evaluated for its side effects. */
public final class ExprStmtNode extends StmtNode {
    @Child private ExprNode expr;

    public ExprStmtNode(ExprNode expr) {
        this.expr = expr;
    }

    @Override
    public int execute(VirtualFrame frame) {
        expr.execute(frame);
        return NORMAL;
    }
}
