package org.krait.nodes.expression;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import org.krait.nodes.ExprNode;
import org.krait.runtime.Attributes;
import org.krait.runtime.Descriptors;
import org.krait.runtime.Layout;
import org.krait.runtime.PyInstance;
import org.krait.runtime.PyType;

/**
 * {@code obj.name = value}. On instances of programs' classes, a cache per layout turns storing an existing
 * attribute into a field write and adding a new one into a field write plus a layout change.
 */
@NodeChild("value")
@NodeChild("object")
public abstract class SetAttributeNode extends ExprNode {
    protected final String name;

    protected SetAttributeNode(String name) {
        this.name = name;
    }

    public static SetAttributeNode create(ExprNode value, ExprNode object, String name) {
        return SetAttributeNodeGen.create(name, value, object);
    }

    @Specialization(guards = {"cachedLayout != null", "obj.layout() == cachedLayout", "index >= 0"},
        assumptions = "cachedLayout.type().stable()", limit = "4")
    protected Object doExisting(Object value, PyInstance obj,
                                       @Cached("obj.layout()") Layout cachedLayout,
                                       @Cached("existingIndex(cachedLayout, name)") int index) {
        obj.setSlot(index, value);
        return value;
    }

    @Specialization(guards = {"cachedLayout != null", "obj.layout() == cachedLayout", "added != null"},
        assumptions = "cachedLayout.type().stable()", limit = "4")
    protected Object doAdd(Object value, PyInstance obj,
                                  @Cached("obj.layout()") Layout cachedLayout,
                                  @Cached("nextLayout(cachedLayout, name)") Layout added) {
        obj.addSlot(added, value);
        return value;
    }

    @Specialization(replaces = {"doExisting", "doAdd"})
    protected Object doGeneric(Object value, Object obj) {
        Attributes.set(obj, name, value);
        return value;
    }

    /** Whether a store goes straight into the instance: no {@code __setattr__} or data descriptor in the way. */
    private static boolean plainStore(PyType t, String name) {
        Object attr = t.lookup(name);
        return t.lookupHeap("__setattr__") == null && (attr == null || !Descriptors.isData(attr))
                && (t.slotNames() == null || t.slotNames().contains(name));
    }

    protected static int existingIndex(Layout layout, String name) {
        return plainStore(layout.type(), name) ? layout.indexOf(name) : -1;
    }

    protected static Layout nextLayout(Layout layout, String name) {
        return plainStore(layout.type(), name) && layout.indexOf(name) < 0 ? layout.with(name) : null;
    }
}
