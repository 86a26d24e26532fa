package org.krait.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import org.krait.nodes.ExprNode;
import org.krait.runtime.Ops;
import org.krait.runtime.PyDict;
import org.krait.runtime.PyList;

/** {@code obj[key] = value}; evaluates value first, as Python does. */
@NodeChild("value")
@NodeChild("object")
@NodeChild("key")
public abstract class SetItemNode extends ExprNode {
    @Specialization(guards = {"isExact(list)", "list.isDoubleStorage()", "inRange(list, index)"})
    protected double doDoubleList(double value, PyList list, long index) {
        list.setDouble((int) index, value);
        return value;
    }

    @Specialization(guards = {"isExact(list)", "inRange(list, index)"})
    protected Object doList(Object value, PyList list, long index) {
        list.set((int) index, value);
        return value;
    }

    @Specialization(guards = "isExact(dict)")
    protected Object doDict(Object value, PyDict dict, Object key) {
        dict.put(key, value);
        return value;
    }

    @Fallback
    protected Object doGeneric(Object value, Object obj, Object key) {
        Ops.setItem(obj, key, value);
        return value;
    }

    protected static boolean inRange(PyList list, long index) {
        return index >= 0 && index < list.size();
    }
}
