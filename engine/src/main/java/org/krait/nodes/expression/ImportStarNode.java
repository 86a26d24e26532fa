package org.krait.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;
import org.krait.nodes.StmtNode;
import org.krait.nodes.local.Globals;
import org.krait.runtime.Attributes;
import org.krait.runtime.Ops;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyModule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code from module import *}: binds the module's {@code __all__}, or else its names that do not start with
 * an underscore, in the global namespace (or the class namespace in a class body).
 */
public final class ImportStarNode extends StmtNode {
    @Child private ExprNode module;
    /** The class namespace's slot in a class body, else -1. */
    private final int namespaceSlot;

    public ImportStarNode(ExprNode module, int namespaceSlot) {
        this.module = module;
        this.namespaceSlot = namespaceSlot;
    }

    @Override
    public int execute(VirtualFrame frame) {
        Object m = module.execute(frame);
        Object target = namespaceSlot >= 0 ? frame.getObject(namespaceSlot) : Globals.of(frame);
        bind(m, target);
        return NORMAL;
    }

    @TruffleBoundary
    private static void bind(Object m, Object target) {
        Object all = Attributes.getOrNull(m, "__all__");
        List<String> names = new ArrayList<>();
        if (all != null) {
            for (Object n : Ops.toArray(all)) {
                if (!(n instanceof String s)) {
                    throw PyErrors.typeError("Item in " + Attributes.get(m, "__name__") + ".__all__ must be str, not "
                            + Ops.typeName(n));
                }
                names.add(s);
            }
        } else if (m instanceof PyModule pm) {
            for (Map.Entry<String, Object> e : pm.snapshot().entrySet()) {
                if (!e.getKey().startsWith("_")) {
                    names.add(e.getKey());
                }
            }
        }
        for (String name : names) {
            Object v = Attributes.get(m, name);
            if (target instanceof PyModule g) {
                g.setAttribute(name, v);
            } else {
                Ops.setItem(target, name, v);
            }
        }
    }
}
