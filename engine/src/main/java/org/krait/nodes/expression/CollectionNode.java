package org.krait.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.krait.nodes.ExprNode;
import org.krait.runtime.Ops;
import org.krait.runtime.PyList;
import org.krait.runtime.PySet;
import org.krait.runtime.PyTuple;
import org.krait.runtime.PyType;
import org.krait.runtime.Sets;

/** A list, tuple or set display such as {@code [a, *b, c]}. */
public final class CollectionNode extends ExprNode {
    public enum Kind { LIST, TUPLE, SET }

    @Children private final ExprNode[] items;
    /** Which items are {@code *iterable} unpackings; null when none are. */
    private final boolean[] starred;
    private final Kind kind;

    public CollectionNode(Kind kind, ExprNode[] items, boolean[] starred) {
        this.kind = kind;
        this.items = items;
        this.starred = starred;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (kind == Kind.SET && starred != null) {
            return setWithStarred(frame);
        }
        Object[] values = starred == null ? evaluate(frame) : evaluateStarred(frame);
        return switch (kind) {
            case LIST -> new PyList(values);
            case TUPLE -> values.length == 0 ? PyTuple.EMPTY : new PyTuple(values);
            case SET -> toSet(values);
        };
    }

    @ExplodeLoop
    private Object[] evaluate(VirtualFrame frame) {
        Object[] values = new Object[items.length];
        for (int i = 0; i < items.length; i++) {
            values[i] = items[i].execute(frame);
        }
        return values;
    }

    private Object[] evaluateStarred(VirtualFrame frame) {
        java.util.ArrayList<Object> out = new java.util.ArrayList<>();
        for (int i = 0; i < items.length; i++) {
            Object v = items[i].execute(frame);
            if (starred[i]) {
                java.util.Collections.addAll(out, Ops.toArray(v));
            } else {
                out.add(v);
            }
        }
        return out.toArray();
    }

    /** {@code {a, *b}}: like CPython, a starred item is merged as by {@code set.update} (sets slot by slot). */
    @ExplodeLoop
    private PySet setWithStarred(VirtualFrame frame) {
        PySet s = new PySet(PyType.SET);
        for (int i = 0; i < items.length; i++) {
            Object v = items[i].execute(frame);
            if (starred[i]) {
                Sets.update(s, v);
            } else {
                s.add(v);
            }
        }
        return s;
    }

    private static PySet toSet(Object[] values) {
        PySet s = new PySet(PyType.SET);
        for (Object v : values) {
            s.add(v);
        }
        return s;
    }
}
