package org.krait.nodes.expression;

import org.krait.runtime.PyException;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import org.krait.nodes.ExprNode;
import org.krait.runtime.Ops;
import org.krait.runtime.PyDict;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyNone;
import org.krait.runtime.PySlice;
import org.krait.runtime.Strings;
import org.krait.runtime.PyList;
import org.krait.runtime.PyTuple;

/** {@code obj[key]}, with fast paths for in-range list and tuple indexing. */
@NodeChild("object")
@NodeChild("key")
public abstract class GetItemNode extends ExprNode {
    @Specialization(guards = {"isExact(list)", "list.isDoubleStorage()", "inBounds(list.size(), index)"})
    protected double doDoubleList(PyList list, long index) {
        return list.getDouble((int) (index < 0 ? index + list.size() : index));
    }

    @Specialization(guards = {"isExact(list)", "inBounds(list.size(), index)"}, replaces = "doDoubleList")
    protected Object doList(PyList list, long index) {
        return list.get((int) (index < 0 ? index + list.size() : index));
    }

    @Specialization(guards = {"isExact(tuple)", "inBounds(tuple.size(), index)"})
    protected Object doTuple(PyTuple tuple, long index) {
        return tuple.get((int) (index < 0 ? index + tuple.size() : index));
    }

    @Specialization(guards = "isExact(dict)")
    protected Object doDict(PyDict dict, Object key) {
        Object v = dict.get(key);
        if (v == null) {
            throw located(PyErrors.keyError(key));
        }
        return v;
    }

    @Specialization(guards = "isAsciiIndex(s, index)")
    protected String doStr(String s, long index) {
        return Strings.charAt(s.charAt((int) (index < 0 ? index + s.length() : index)));
    }

    /** {@code s[a:b]} on a string without surrogate pairs, with int or omitted bounds. */
    @Specialization(guards = "isSimpleSlice(slice)")
    protected Object doStrSlice(String s, PySlice slice) {
        if (Strings.hasSurrogates(s)) {
            return doGeneric(s, slice);
        }
        int n = s.length();
        int from = bound(slice.start, 0, n);
        int to = bound(slice.stop, n, n);
        return from < to ? Strings.substring(s, from, to) : "";
    }

    private static int bound(Object b, int dflt, int n) {
        if (b == PyNone.NONE) {
            return dflt;
        }
        long v = (Long) b;
        if (v < 0) {
            v += n;
        }
        return (int) Math.max(0, Math.min(n, v));
    }

    protected static boolean isSimpleSlice(PySlice slice) {
        return slice.step == PyNone.NONE && (slice.start == PyNone.NONE || slice.start instanceof Long)
                && (slice.stop == PyNone.NONE || slice.stop instanceof Long);
    }

    protected static boolean isAsciiIndex(String s, long index) {
        return index < s.length() && index >= -s.length() && !Strings.hasSurrogates(s);
    }

    @Fallback
    protected Object doGeneric(Object obj, Object key) {
        try {
            return Ops.getItem(obj, key);
        } catch (PyException e) {
            throw located(e);
        }
    }

    protected static boolean inBounds(int size, long index) {
        return index < size && index >= -size;
    }
}
