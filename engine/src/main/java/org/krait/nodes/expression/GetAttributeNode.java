package org.krait.nodes.expression;

import org.krait.runtime.PyException;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import org.krait.nodes.ExprNode;
import org.krait.nodes.call.DispatchNode;
import org.krait.nodes.call.DispatchNodeGen;
import org.krait.runtime.Attributes;
import org.krait.runtime.Calls;
import org.krait.runtime.Descriptors;
import org.krait.runtime.Layout;
import org.krait.runtime.PyInstance;
import org.krait.runtime.PyProperty;
import org.krait.runtime.PyType;

/**
 * {@code obj.name}. On instances of programs' classes, a cache per layout turns the common cases into a
 * field read (the instance's own attribute) or a call of the property getter; everything else takes the
 * full lookup in {@link Attributes}.
 */
@NodeChild("object")
public abstract class GetAttributeNode extends ExprNode {
    protected final String name;

    protected GetAttributeNode(String name) {
        this.name = name;
    }

    public static GetAttributeNode create(ExprNode object, String name) {
        return GetAttributeNodeGen.create(name, object);
    }

    @Specialization(guards = {"cachedLayout != null", "obj.layout() == cachedLayout", "index >= 0"},
        assumptions = "cachedLayout.type().stable()", limit = "4")
    protected Object doField(PyInstance obj,
                                    @Cached("obj.layout()") Layout cachedLayout,
                                    @Cached("fieldIndex(cachedLayout, name)") int index) {
        return obj.slot(index);
    }

    @Specialization(guards = {"cachedLayout != null", "obj.layout() == cachedLayout", "getter != null"},
        assumptions = "cachedLayout.type().stable()", limit = "4")
    protected Object doProperty(PyInstance obj,
                                       @Cached("obj.layout()") Layout cachedLayout,
                                       @Cached("getter(cachedLayout, name)") Object getter,
                                       @Cached("createDispatch()") DispatchNode call) {
        try {
            return call.execute(getter, new Object[]{null, obj}, Calls.NO_KEYWORDS, Calls.NO_VALUES);
        } catch (PyException e) {
            throw located(e);
        }
    }

    @Specialization(replaces = {"doField", "doProperty"})
    protected Object doGeneric(Object obj, @Cached("create(name)") ReadAttributeNode read) {
        try {
            return read.execute(obj);
        } catch (PyException e) {
            throw located(e);
        }
    }

    protected static DispatchNode createDispatch() {
        return DispatchNodeGen.create();
    }

    /** Whether plain attribute access applies to this class: no {@code __getattribute__} of a program's. */
    private static boolean plainAccess(PyType t) {
        return t.lookupHeap("__getattribute__") == null;
    }

    /** The instance's own attribute's index, unless a data descriptor of the class takes precedence; else -1. */
    protected static int fieldIndex(Layout layout, String name) {
        PyType t = layout.type();
        Object attr = t.lookup(name);
        return plainAccess(t) && (attr == null || !Descriptors.isData(attr)) ? layout.indexOf(name) : -1;
    }

    /** The getter of a property the class defines under this name, or null. */
    protected static Object getter(Layout layout, String name) {
        PyType t = layout.type();
        return plainAccess(t) && t.lookup(name) instanceof PyProperty p && p.fget != org.krait.runtime.PyNone.NONE
                ? p.fget : null;
    }
}
