package org.krait.nodes.call;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.krait.nodes.ExprNode;
import org.krait.nodes.local.Globals;
import org.krait.runtime.FunctionCode;
import org.krait.runtime.PyCell;
import org.krait.runtime.PyFunction;

/** Creates a function object (for {@code def} and {@code lambda}): evaluates defaults, captures cells. */
public final class MakeFunctionNode extends ExprNode {
    private final FunctionCode code;
    @Children private final ExprNode[] defaults;
    /** Parallel to the keyword-only parameters; null entries have no default. */
    @Children private final ExprNode[] kwDefaults;
    /** Slots of this frame holding the cells the new function captures, in its free-variable order. */
    private final int[] closureSlots;
    /** The docstring, or None. */
    private final Object doc;

    public MakeFunctionNode(FunctionCode code, ExprNode[] defaults, ExprNode[] kwDefaults, int[] closureSlots,
                            Object doc) {
        this.doc = doc;
        this.code = code;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.closureSlots = closureSlots;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object[] d = new Object[defaults.length];
        for (int i = 0; i < defaults.length; i++) {
            d[i] = defaults[i].execute(frame);
        }
        Object[] kw = new Object[kwDefaults.length];
        for (int i = 0; i < kwDefaults.length; i++) {
            kw[i] = kwDefaults[i] == null ? null : kwDefaults[i].execute(frame);
        }
        PyCell[] closure = new PyCell[closureSlots.length];
        for (int i = 0; i < closureSlots.length; i++) {
            closure[i] = (PyCell) frame.getObject(closureSlots[i]);
        }
        PyFunction f = new PyFunction(code, Globals.of(frame), d, kw, closure);
        f.doc = doc;
        return f;
    }
}
