package org.krait.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;
import org.krait.runtime.KraitContext;
import org.krait.runtime.PyNone;
import org.krait.runtime.Repr;

/** An expression statement typed at the interactive prompt: prints the value's repr unless it is None. */
public final class DisplayNode extends ExprNode {
    @Child private ExprNode value;

    public DisplayNode(ExprNode value) {
        this.value = value;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object v = value.execute(frame);
        if (v != PyNone.NONE) {
            display(KraitContext.get(this), v);
        }
        return v;
    }

    @TruffleBoundary
    private static void display(KraitContext context, Object v) {
        context.stdout.write(Repr.repr(v) + "\n");
        context.stdout.flush();
        context.builtins().setAttribute("_", v);
    }
}
