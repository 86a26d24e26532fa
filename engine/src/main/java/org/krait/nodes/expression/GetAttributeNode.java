package org.krait.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;
import org.krait.runtime.Attributes;

/** {@code obj.name}. */
public final class GetAttributeNode extends ExprNode {
    @Child private ExprNode object;
    private final String name;

    public GetAttributeNode(ExprNode object, String name) {
        this.object = object;
        this.name = name;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return Attributes.get(object.execute(frame), name);
    }
}
