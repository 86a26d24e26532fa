package org.krait.nodes.control;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;
import org.krait.runtime.Calls;
import org.krait.runtime.Descriptors;
import org.krait.runtime.Ops;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyType;

/**
 * Start of a {@code with} block: looks up the manager's {@code __exit__} (kept in a frame slot for the end of
 * the block) and returns what its {@code __enter__} returns.
 */
public final class WithEnterNode extends ExprNode {
    private final int managerSlot;
    private final int exitSlot;
    /** {@code async with}: {@code __aenter__} and {@code __aexit__}, whose results the statement awaits. */
    private final boolean async;

    public WithEnterNode(int managerSlot, int exitSlot, boolean async) {
        this.async = async;
        this.managerSlot = managerSlot;
        this.exitSlot = exitSlot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object manager = frame.getObject(managerSlot);
        Object[] methods = methods(manager, async);
        frame.setObject(exitSlot, methods[1]);
        return Calls.call(methods[0]);
    }

    /** The bound {@code __enter__} and {@code __exit__}, looked up on the type as CPython does. */
    @TruffleBoundary
    private static Object[] methods(Object manager, boolean async) {
        PyType t = PyType.of(manager);
        Object enter = t.lookup(async ? "__aenter__" : "__enter__");
        Object exit = t.lookup(async ? "__aexit__" : "__exit__");
        if (enter == null || exit == null) {
            throw PyErrors.typeError("'" + Ops.typeName(manager) + "' object does not support the "
                    + (async ? "asynchronous " : "") + "context manager protocol"
                    + (enter == null ? "" : " (missed " + (async ? "__aexit__" : "__exit__") + " method)"));
        }
        return new Object[]{Descriptors.bind(enter, manager, t), Descriptors.bind(exit, manager, t)};
    }
}
