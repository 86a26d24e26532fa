package org.krait.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;
import org.krait.runtime.Importer;
import org.krait.runtime.KraitContext;

/**
 * {@code import a.b.c} (binds the top package unless {@code asname} is given, so {@code returnTop}) or the
 * module part of {@code from a.b import x}.
 */
public final class ImportNode extends ExprNode {
    private final String name;
    private final boolean returnTop;
    private final int level;

    public ImportNode(String name, boolean returnTop, int level) {
        this.name = name;
        this.returnTop = returnTop;
        this.level = level;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return Importer.importModule(KraitContext.get(this), name, returnTop, level,
                org.krait.nodes.local.Globals.of(frame));
    }
}
