package org.krait.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;

/** {@code a is b} / {@code a is not b}. Ints, floats and bools are values here, so equal ones are identical. */
public final class IsNode extends ExprNode {
    @Child private ExprNode left;
    @Child private ExprNode right;
    private final boolean negated;

    public IsNode(ExprNode left, ExprNode right, boolean negated) {
        this.left = left;
        this.right = right;
        this.negated = negated;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return executeBoolean(frame);
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
        return is(left.execute(frame), right.execute(frame)) != negated;
    }

    public static boolean is(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Long || a instanceof Boolean || a instanceof Double) {
            return a.equals(b);
        }
        return false;
    }
}
