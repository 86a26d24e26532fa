package org.krait.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;
import org.krait.nodes.ExprNode;
import org.krait.nodes.StmtNode;
import org.krait.nodes.expression.ToBoolNode;
import org.krait.nodes.expression.ToBoolNodeGen;

public final class IfNode extends StmtNode {
    @Child private ToBoolNode test;
    @Child private StmtNode body;
    @Child private StmtNode orelse;
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public IfNode(ExprNode test, StmtNode body, StmtNode orelse) {
        this.test = ToBoolNodeGen.create(test);
        this.body = body;
        this.orelse = orelse;
    }

    @Override
    public int execute(VirtualFrame frame) {
        if (profile.profile(test.executeBoolean(frame))) {
            return body.execute(frame);
        }
        return orelse == null ? NORMAL : orelse.execute(frame);
    }
}
