package org.krait.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.nodes.ExprNode;
import org.krait.runtime.Ops;
import org.krait.runtime.PyDict;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyException;
import org.krait.runtime.ExceptionTypes;

/**
 * A name read in a class body: the class namespace first, then {@code fallback} (the globals and builtins, or
 * the cell of an enclosing function's variable), as CPython's LOAD_NAME and LOAD_CLASSDEREF do.
 */
public final class ReadNameNode extends ExprNode {
    private final int namespaceSlot;
    private final String name;
    @Child private ExprNode fallback;

    public ReadNameNode(int namespaceSlot, String name, ExprNode fallback) {
        this.namespaceSlot = namespaceSlot;
        this.name = name;
        this.fallback = fallback;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object ns = frame.getObject(namespaceSlot);
        Object v;
        if (ns instanceof PyDict d && d.type() == org.krait.runtime.PyType.DICT) {
            v = d.get(name);
        } else {
            v = lookup(ns);
        }
        return v != null ? v : fallback.execute(frame);
    }

    /** A namespace from a metaclass's {@code __prepare__} may be any mapping. */
    private Object lookup(Object ns) {
        try {
            return Ops.getItem(ns, name);
        } catch (PyException e) {
            if (e.exception().type().isSubtypeOf(ExceptionTypes.KEY_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    /** {@code del name} in a class body. */
    public static void delete(Object ns, String name) {
        if (ns instanceof PyDict d ? d.remove(name) == null : !deleteItem(ns, name)) {
            throw PyErrors.nameError(name);
        }
    }

    private static boolean deleteItem(Object ns, String name) {
        try {
            Ops.delItem(ns, name);
            return true;
        } catch (PyException e) {
            if (e.exception().type().isSubtypeOf(ExceptionTypes.KEY_ERROR)) {
                return false;
            }
            throw e;
        }
    }
}
