package org.krait.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;
import org.krait.nodes.StmtNode;
import org.krait.nodes.expression.ToBoolNode;
import org.krait.nodes.expression.ToBoolNodeGen;

/** {@code if} in a generator body: on resumption, goes back into the branch that yielded without re-testing. */
public final class GenIfNode extends StmtNode {
    @Child private ToBoolNode test;
    @Child private StmtNode body;
    @Child private StmtNode orelse;
    private final int branchSlot;

    public GenIfNode(ExprNode test, StmtNode body, StmtNode orelse, int branchSlot) {
        this.test = ToBoolNodeGen.create(test);
        this.body = body;
        this.orelse = orelse;
        this.branchSlot = branchSlot;
    }

    @Override
    public int execute(VirtualFrame frame) {
        Object saved = frame.getObject(branchSlot);
        boolean then = saved != null ? (Boolean) saved : test.executeBoolean(frame);
        StmtNode branch = then ? body : orelse;
        if (branch == null) {
            return NORMAL;
        }
        try {
            int completion = branch.execute(frame);
            frame.setObject(branchSlot, null);
            return completion;
        } catch (YieldException y) {
            frame.setObject(branchSlot, then);
            throw y;
        } catch (Throwable t) {
            frame.setObject(branchSlot, null);
            throw t;
        }
    }
}
