package org.krait.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;
import org.krait.nodes.ExprNode;

/** {@code body if test else orelse}. */
public final class IfExpNode extends ExprNode {
    @Child private ToBoolNode test;
    @Child private ExprNode body;
    @Child private ExprNode orelse;
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public IfExpNode(ExprNode test, ExprNode body, ExprNode orelse) {
        this.test = ToBoolNodeGen.create(test);
        this.body = body;
        this.orelse = orelse;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return profile.profile(test.executeBoolean(frame)) ? body.execute(frame) : orelse.execute(frame);
    }
}
