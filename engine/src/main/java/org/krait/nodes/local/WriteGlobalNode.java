package org.krait.nodes.local;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;
import org.krait.runtime.PyCell;
import org.krait.runtime.PyModule;

/** Stores a global ({@code value == null} in the child's result unbinds it, for {@code del}). */
public final class WriteGlobalNode extends ExprNode {
    private final String name;
    @Child private ExprNode value;
    @CompilationFinal private PyModule cachedModule;
    @CompilationFinal private PyCell cell;

    public WriteGlobalNode(String name, ExprNode value) {
        this.name = name;
        this.value = value;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object v = value.execute(frame);
        PyModule module = Globals.of(frame);
        if (module != cachedModule) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            cachedModule = module;
            cell = module.cell(name);
        }
        if (cell.value == null) {
            bind(module, name, v);
        } else {
            cell.value = v;
        }
        return v;
    }

    /** A name not in the namespace yet: the dict gets its entry (and the cell its value). */
    @TruffleBoundary
    private static void bind(PyModule module, String name, Object value) {
        module.setAttribute(name, value);
    }
}
