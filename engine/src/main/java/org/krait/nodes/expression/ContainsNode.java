package org.krait.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;
import org.krait.runtime.Ops;
import org.krait.runtime.PyDict;

/** {@code item in container} / {@code not in}. */
public final class ContainsNode extends ExprNode {
    @Child private ExprNode item;
    @Child private ExprNode container;
    private final boolean negated;

    public ContainsNode(ExprNode item, ExprNode container, boolean negated) {
        this.item = item;
        this.container = container;
        this.negated = negated;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return executeBoolean(frame);
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
        Object i = item.execute(frame);
        Object c = container.execute(frame);
        boolean found = c instanceof PyDict d && d.type() == org.krait.runtime.PyType.DICT ? d.table().containsKey(i) : Ops.contains(c, i);
        return found != negated;
    }
}
