package org.krait.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;
import org.krait.runtime.Attributes;

/** {@code obj.name = value}. */
public final class SetAttributeNode extends ExprNode {
    @Child private ExprNode value;
    @Child private ExprNode object;
    private final String name;

    public SetAttributeNode(ExprNode value, ExprNode object, String name) {
        this.value = value;
        this.object = object;
        this.name = name;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object v = value.execute(frame);
        Attributes.set(object.execute(frame), name, v);
        return v;
    }
}
