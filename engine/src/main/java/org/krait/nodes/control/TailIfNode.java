package org.krait.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;
import org.krait.nodes.ExprNode;
import org.krait.nodes.StmtNode;
import org.krait.nodes.expression.ToBoolNode;
import org.krait.nodes.expression.ToBoolNodeGen;
import org.krait.runtime.PyException;

/**
 * A function's last statement when it is an {@code if} whose branches end by returning (a {@code return} in
 * the branch, or falling off the end for None): the function's result as an expression, so that returning from a
 * branch needs no {@link StmtNode#RETURN} completion passed up through the blocks.
 */
public final class TailIfNode extends ExprNode {
    @Child private ToBoolNode test;
    @Child private StmtNode thenBody;
    @Child private ExprNode thenValue;
    @Child private StmtNode elseBody;
    @Child private ExprNode elseValue;
    private final int thenLine;
    private final int elseLine;
    /** Where a {@code return} nested in a branch's statements leaves the function's value. */
    private final int returnSlot;
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    /** {@code thenLine}/{@code elseLine}: the line of each branch's {@code return}, for tracebacks (or -1). */
    public TailIfNode(ExprNode test, StmtNode thenBody, ExprNode thenValue, int thenLine, StmtNode elseBody,
                      ExprNode elseValue, int elseLine, int returnSlot) {
        this.test = ToBoolNodeGen.create(test);
        this.thenBody = thenBody;
        this.thenValue = thenValue;
        this.thenLine = thenLine;
        this.elseBody = elseBody;
        this.elseValue = elseValue;
        this.elseLine = elseLine;
        this.returnSlot = returnSlot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (profile.profile(test.executeBoolean(frame))) {
            return value(frame, thenBody, thenValue, thenLine);
        }
        return value(frame, elseBody, elseValue, elseLine);
    }

    private Object value(VirtualFrame frame, StmtNode body, ExprNode value, int line) {
        if (body.execute(frame) == StmtNode.RETURN) {
            return frame.getObject(returnSlot);
        }
        try {
            return value.execute(frame);
        } catch (PyException e) {
            e.recordLine(line);
            throw e;
        }
    }
}
