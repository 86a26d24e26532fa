package org.krait.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.krait.nodes.ExprNode;
import org.krait.nodes.local.Globals;
import org.krait.runtime.Calls;
import org.krait.runtime.ClassBuilder;
import org.krait.runtime.PyCell;
import org.krait.runtime.PyDict;
import org.krait.runtime.PyModule;
import org.krait.runtime.PyTuple;
import org.krait.runtime.PyType;

/**
 * The {@code class} statement (CPython's __build_class__): picks the metaclass, runs the body as a function
 * filling a fresh namespace, calls the metaclass with (name, bases, namespace) and fills the {@code __class__}
 * cell that zero-argument {@code super()} reads.
 */
public final class MakeClassNode extends ExprNode {
    private final String name;
    private final String qualname;
    @Child private ExprNode bases;
    @Child private ExprNode metaclass;
    private final String[] kwNames;
    @Children private final ExprNode[] kwValues;
    @Child private ExprNode body;

    public MakeClassNode(String name, String qualname, ExprNode bases, ExprNode metaclass, String[] kwNames,
                         ExprNode[] kwValues, ExprNode body) {
        this.name = name;
        this.qualname = qualname;
        this.bases = bases;
        this.metaclass = metaclass;
        this.kwNames = kwNames;
        this.kwValues = kwValues;
        this.body = body;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        PyTuple b = (PyTuple) bases.execute(frame);
        Object meta = metaclass == null ? null : metaclass.execute(frame);
        Object[] kw = new Object[kwValues.length];
        for (int i = 0; i < kw.length; i++) {
            kw[i] = kwValues[i].execute(frame);
        }
        return build(b, meta, kw, body.execute(frame), Globals.of(frame));
    }

    /** Bases that are not classes supply classes through {@code __mro_entries__} (PEP 560: Generic[T]). */
    private static PyTuple resolveBases(PyTuple bases) {
        java.util.List<Object> out = new java.util.ArrayList<>();
        boolean changed = false;
        for (Object base : bases.items()) {
            Object entries = base instanceof PyType ? null : PyType.of(base).lookup("__mro_entries__");
            if (entries == null) {
                out.add(base);
            } else {
                changed = true;
                out.addAll(java.util.List.of(org.krait.runtime.Ops.toArray(Calls.call(entries, base, bases))));
            }
        }
        return changed ? new PyTuple(out.toArray()) : bases;
    }

    @TruffleBoundary
    private Object build(PyTuple original, Object meta, Object[] kw, Object bodyFunction, PyModule globals) {
        PyTuple b = resolveBases(original);
        if (meta == null) {
            meta = b.size() == 0 ? PyType.TYPE : PyType.of(b.get(0));
        }
        if (meta instanceof PyType m) {
            meta = ClassBuilder.metaclass(m, b);
        }
        Object prepare = meta instanceof PyType m && m.isHeap() ? m.lookup("__prepare__") : null;
        Object ns = prepare == null ? new PyDict()
                : Calls.call(org.krait.runtime.Attributes.get(meta, "__prepare__"), new Object[]{name, b}, kwNames, kw);
        org.krait.runtime.Ops.setItem(ns, "__module__", globals.getAttribute("__name__"));
        org.krait.runtime.Ops.setItem(ns, "__qualname__", qualname);
        if (b != original) {
            org.krait.runtime.Ops.setItem(ns, "__orig_bases__", original);
        }
        Object cell = Calls.call(bodyFunction, ns);
        Object cls = Calls.call(meta, new Object[]{name, b, ns}, kwNames, kw);
        if (cell instanceof PyCell c) {
            c.value = cls;
        }
        return cls;
    }
}
