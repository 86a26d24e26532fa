package org.krait.nodes.local;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.krait.runtime.ExceptionTypes;
import org.krait.runtime.Ops;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyList;
import org.krait.runtime.PyTuple;

/** {@code a, *b, c = value}. */
public final class UnpackTarget extends TargetNode {
    @Children private final TargetNode[] targets;
    /** Index of the starred target, or -1. */
    private final int star;

    public UnpackTarget(TargetNode[] targets, int star) {
        this.targets = targets;
        this.star = star;
    }

    @TruffleBoundary
    private static Object[] items(Object value) {
        if (!Ops.isIterable(value)) {
            throw PyErrors.typeError("cannot unpack non-iterable " + Ops.typeName(value) + " object");
        }
        return Ops.toArray(value);
    }

    @Override
    @ExplodeLoop
    public void assign(VirtualFrame frame, Object value) {
        Object[] items = value instanceof PyTuple t ? t.items() : items(value);
        int n = targets.length;
        if (star < 0) {
            if (items.length != n) {
                throw mismatch(items.length, n);
            }
            for (int i = 0; i < n; i++) {
                targets[i].assign(frame, items[i]);
            }
            return;
        }
        if (items.length < n - 1) {
            throw mismatch(items.length, n - 1, " at least");
        }
        int rest = items.length - (n - 1);
        for (int i = 0; i < n; i++) {
            if (i < star) {
                targets[i].assign(frame, items[i]);
            } else if (i == star) {
                targets[i].assign(frame, new PyList(java.util.Arrays.copyOfRange(items, star, star + rest)));
            } else {
                targets[i].assign(frame, items[i - 1 + rest]);
            }
        }
    }

    private static RuntimeException mismatch(int got, int expected) {
        return mismatch(got, expected, "");
    }

    /** Out of line: building the message must not enlarge compiled code. */
    @TruffleBoundary
    private static RuntimeException mismatch(int got, int expected, String atLeast) {
        if (got > expected && atLeast.isEmpty()) {
            return PyErrors.create(ExceptionTypes.VALUE_ERROR, "too many values to unpack (expected " + expected + ")");
        }
        return PyErrors.create(ExceptionTypes.VALUE_ERROR, "not enough values to unpack (expected" + atLeast + " "
                + expected + ", got " + got + ")");
    }
}
