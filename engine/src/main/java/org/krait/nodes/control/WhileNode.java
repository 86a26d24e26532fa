package org.krait.nodes.control;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import org.krait.gil.GilTicks;
import org.krait.nodes.ExprNode;
import org.krait.nodes.StmtNode;
import org.krait.nodes.expression.ToBoolNode;
import org.krait.nodes.expression.ToBoolNodeGen;

/** {@code while test: body else: orelse}, as a Truffle loop so that long loops are compiled (OSR). */
public final class WhileNode extends StmtNode {
    @Child private LoopNode loop;
    @Child private StmtNode orelse;

    public WhileNode(ExprNode test, StmtNode body, StmtNode orelse) {
        this.loop = Truffle.getRuntime().createLoopNode(new Body(ToBoolNodeGen.create(test), body));
        this.orelse = orelse;
    }

    @Override
    public int execute(VirtualFrame frame) {
        return LoopBody.complete(loop.execute(frame), orelse, frame);
    }

    private static final class Body extends LoopBody {
        @Child private ToBoolNode test;
        @Child private StmtNode body;

        Body(ToBoolNode test, StmtNode body) {
            this.test = test;
            this.body = body;
        }

        @Override
        public Object executeRepeatingWithValue(VirtualFrame frame) {
            GilTicks.tick(this);
            if (!test.executeBoolean(frame)) {
                return BREAK_LOOP_STATUS;
            }
            return afterBody(body.execute(frame));
        }
    }
}
