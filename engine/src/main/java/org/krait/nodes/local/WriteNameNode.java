package org.krait.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;
import org.krait.runtime.Ops;
import org.krait.runtime.PyDict;

/** {@code name = value} in a class body: stores into the class namespace. */
public final class WriteNameNode extends ExprNode {
    private final int namespaceSlot;
    private final String name;
    @Child private ExprNode value;

    public WriteNameNode(int namespaceSlot, String name, ExprNode value) {
        this.namespaceSlot = namespaceSlot;
        this.name = name;
        this.value = value;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object v = value.execute(frame);
        Object ns = frame.getObject(namespaceSlot);
        if (ns instanceof PyDict d && d.type() == org.krait.runtime.PyType.DICT) {
            d.put(name, v);
        } else {
            Ops.setItem(ns, name, v);
        }
        return v;
    }
}
