package org.krait.nodes.local;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;
import org.krait.runtime.KraitContext;
import org.krait.runtime.PyCell;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyModule;

/**
 * Reads a global, falling back to builtins. The cells of the name are cached: a read is then one identity
 * check of the module and one field load.
 */
public final class ReadGlobalNode extends ExprNode {
    private final String name;
    @CompilationFinal private PyModule cachedModule;
    @CompilationFinal private PyCell cell;
    @CompilationFinal private PyCell builtinCell;

    public ReadGlobalNode(String name) {
        this.name = name;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        PyModule module = Globals.of(frame);
        if (module != cachedModule) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            cachedModule = module;
            cell = module.cell(name);
            builtinCell = KraitContext.get(this).builtins().cell(name);
        }
        Object v = cell.value;
        if (v == null) {
            v = builtinCell.value;
            if (v == null) {
                CompilerDirectives.transferToInterpreter();
                throw located(PyErrors.nameError(name, frame.getArguments()[0]));
            }
        }
        return v;
    }
}
