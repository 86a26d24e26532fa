package org.krait.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;
import org.krait.runtime.Attributes;
import org.krait.runtime.ExceptionTypes;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyModule;

/** The {@code name} part of {@code from module import name}. */
public final class ImportFromNode extends ExprNode {
    @Child private ExprNode module;
    private final String name;

    public ImportFromNode(ExprNode module, String name) {
        this.module = module;
        this.name = name;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object m = module.execute(frame);
        Object v = Attributes.getOrNull(m, name);
        if (v == null) {
            String mod = m instanceof PyModule pm ? pm.name() : "?";
            throw PyErrors.create(ExceptionTypes.IMPORT_ERROR, "cannot import name '" + name + "' from '" + mod + "'");
        }
        return v;
    }
}
