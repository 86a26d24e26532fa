package org.krait.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.krait.nodes.ExprNode;
import org.krait.runtime.HashTable;
import org.krait.runtime.Ops;
import org.krait.runtime.PyDict;
import org.krait.runtime.PyErrors;

/** A dict display {@code {k: v, **other}}; a null key marks a {@code **} unpacking. */
public final class DictNode extends ExprNode {
    @Children private final ExprNode[] keys;
    @Children private final ExprNode[] values;

    public DictNode(ExprNode[] keys, ExprNode[] values) {
        this.keys = keys;
        this.values = values;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        PyDict d = new PyDict();
        for (int i = 0; i < values.length; i++) {
            if (keys[i] == null) {
                merge(d, values[i].execute(frame));
            } else {
                Object k = keys[i].execute(frame);
                d.put(k, values[i].execute(frame));
            }
        }
        return d;
    }

    static void merge(PyDict d, Object other) {
        if (!(other instanceof PyDict o)) {
            throw PyErrors.typeError("'" + Ops.typeName(other) + "' object is not a mapping");
        }
        HashTable t = o.table();
        for (int i = 0; i < t.entryLimit(); i++) {
            if (t.keyAt(i) != null) {
                d.put(t.keyAt(i), t.valueAt(i));
            }
        }
    }
}
