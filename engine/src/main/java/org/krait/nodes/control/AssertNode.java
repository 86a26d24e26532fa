package org.krait.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;
import org.krait.nodes.StmtNode;
import org.krait.nodes.expression.ToBoolNode;
import org.krait.nodes.expression.ToBoolNodeGen;
import org.krait.runtime.ExceptionTypes;
import org.krait.runtime.PyErrors;

public final class AssertNode extends StmtNode {
    @Child private ToBoolNode test;
    @Child private ExprNode message;

    public AssertNode(ExprNode test, ExprNode message) {
        this.test = ToBoolNodeGen.create(test);
        this.message = message;
    }

    @Override
    public int execute(VirtualFrame frame) {
        if (!test.executeBoolean(frame)) {
            throw message == null ? PyErrors.createWithArgs(ExceptionTypes.ASSERTION_ERROR)
                    : PyErrors.createWithArgs(ExceptionTypes.ASSERTION_ERROR, message.execute(frame));
        }
        return NORMAL;
    }
}
