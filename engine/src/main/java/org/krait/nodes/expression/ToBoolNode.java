package org.krait.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import org.krait.nodes.ExprNode;
import org.krait.runtime.Ops;

/** Python truthiness of the child, for conditions. */
@NodeChild("value")
public abstract class ToBoolNode extends ExprNode {
    public abstract boolean executeBoolean(com.oracle.truffle.api.frame.VirtualFrame frame);

    @Specialization
    protected boolean doBoolean(boolean v) {
        return v;
    }

    @Specialization
    protected boolean doLong(long v) {
        return v != 0;
    }

    @Specialization
    protected boolean doDouble(double v) {
        return v != 0;
    }

    @Specialization
    protected boolean doString(String v) {
        return !v.isEmpty();
    }

    @Fallback
    protected boolean doGeneric(Object v) {
        return Ops.isTrue(v);
    }
}
