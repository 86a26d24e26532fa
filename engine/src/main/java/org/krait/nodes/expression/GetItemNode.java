package org.krait.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import org.krait.nodes.ExprNode;
import org.krait.runtime.Ops;
import org.krait.runtime.PyDict;
import org.krait.runtime.PyList;
import org.krait.runtime.PyTuple;

/** {@code obj[key]}, with fast paths for in-range list and tuple indexing. */
@NodeChild("object")
@NodeChild("key")
public abstract class GetItemNode extends ExprNode {
    @Specialization(guards = "inBounds(list.size(), index)")
    protected Object doList(PyList list, long index) {
        return list.get((int) (index < 0 ? index + list.size() : index));
    }

    @Specialization(guards = "inBounds(tuple.size(), index)")
    protected Object doTuple(PyTuple tuple, long index) {
        return tuple.get((int) (index < 0 ? index + tuple.size() : index));
    }

    @Specialization
    protected Object doDict(PyDict dict, Object key) {
        return Ops.getItem(dict, key);
    }

    @Fallback
    protected Object doGeneric(Object obj, Object key) {
        return Ops.getItem(obj, key);
    }

    protected static boolean inBounds(int size, long index) {
        return index < size && index >= -size;
    }
}
