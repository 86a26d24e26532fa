package org.krait.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;
import org.krait.runtime.Calls;
import org.krait.runtime.Ops;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyType;

/**
 * {@code async for}: with {@code next == false}, the async iterator of an object ({@code __aiter__}); with
 * {@code next == true}, the awaitable of the iterator's next step ({@code __anext__}).
 */
public final class AsyncIterNode extends ExprNode {
    @Child private ExprNode operand;
    private final boolean next;

    public AsyncIterNode(ExprNode operand, boolean next) {
        this.operand = operand;
        this.next = next;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return call(operand.execute(frame), next);
    }

    @TruffleBoundary
    private static Object call(Object o, boolean next) {
        Object m = PyType.of(o).lookup(next ? "__anext__" : "__aiter__");
        if (m == null) {
            throw PyErrors.typeError(next
                    ? "'async for' received an invalid object from __aiter__: " + Ops.typeName(o)
                    : "'async for' requires an object with __aiter__ method, got " + Ops.typeName(o));
        }
        return Calls.call(m, o);
    }
}
