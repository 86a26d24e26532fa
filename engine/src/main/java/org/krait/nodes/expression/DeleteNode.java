package org.krait.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;
import org.krait.nodes.StmtNode;
import org.krait.nodes.local.Globals;
import org.krait.runtime.Attributes;
import org.krait.runtime.Ops;
import org.krait.runtime.PyCell;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyModule;

/** {@code del target} for names, cells, globals, items and attributes. */
public final class DeleteNode extends StmtNode {
    public enum Kind { LOCAL, CELL, GLOBAL, NAME, ITEM, ATTRIBUTE }

    private final Kind kind;
    private final String name;
    private final int slot;
    @Child private ExprNode object;
    @Child private ExprNode key;

    public DeleteNode(Kind kind, String name, int slot, ExprNode object, ExprNode key) {
        this.kind = kind;
        this.name = name;
        this.slot = slot;
        this.object = object;
        this.key = key;
    }

    @Override
    public int execute(VirtualFrame frame) {
        switch (kind) {
            case LOCAL -> {
                if (frame.getValue(slot) == null) {
                    throw PyErrors.unboundLocal(name);
                }
                frame.setObject(slot, null);
            }
            case CELL -> {
                PyCell c = (PyCell) frame.getObject(slot);
                if (c.value == null) {
                    throw PyErrors.unboundLocal(name);
                }
                c.value = null;
            }
            case GLOBAL -> {
                PyModule m = Globals.of(frame);
                if (m.getAttribute(name) == null) {
                    throw PyErrors.nameError(name, frame.getArguments()[0]);
                }
                m.setAttribute(name, null);
            }
            case NAME -> org.krait.nodes.local.ReadNameNode.delete(frame.getObject(slot), name);
            case ITEM -> {
                Object o = object.execute(frame);
                Ops.delItem(o, key.execute(frame));
            }
            case ATTRIBUTE -> Attributes.delete(object.execute(frame), name);
        }
        return NORMAL;
    }
}
