package org.krait.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;
import org.krait.runtime.Attributes;
import org.krait.runtime.ExceptionTypes;
import org.krait.runtime.Importer;
import org.krait.runtime.KraitContext;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyException;
import org.krait.runtime.Repr;
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
            v = Importer.submodule(KraitContext.get(this), m, name);
        }
        if (v == null) {
            throw cannotImport(m);
        }
        return v;
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private PyException cannotImport(Object m) {
        String mod = m instanceof PyModule pm ? pm.name() : Repr.str(Attributes.getOrNull(m, "__name__"));
        Object file = Attributes.getOrNull(m, "__file__");
        return PyErrors.create(ExceptionTypes.IMPORT_ERROR, "cannot import name '" + name + "' from '" + mod + "' ("
                + (file instanceof String f ? f : "unknown location") + ")");
    }
}
