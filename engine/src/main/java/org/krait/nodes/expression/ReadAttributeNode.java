package org.krait.nodes.expression;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import org.krait.runtime.Attributes;
import org.krait.runtime.PyCell;
import org.krait.runtime.PyModule;

/**
 * {@code obj.name} once {@code obj} is evaluated. A module's attribute (such as {@code math.sqrt}) is a read of
 * the cell behind that global, cached per module, since a global's cell never changes; everything else takes the
 * full lookup in {@link Attributes}.
 */
public abstract class ReadAttributeNode extends Node {
    protected final String name;

    protected ReadAttributeNode(String name) {
        this.name = name;
    }

    public static ReadAttributeNode create(String name) {
        return ReadAttributeNodeGen.create(name);
    }

    public abstract Object execute(Object obj);

    @Specialization(guards = "module == cachedModule", limit = "2")
    protected Object doModule(PyModule module,
                              @Cached("module") PyModule cachedModule,
                              @Cached("cachedModule.cell(name)") PyCell cell) {
        Object value = cell.value;
        // unbound: AttributeError, or the module's __getattr__
        return value != null ? value : Attributes.get(module, name);
    }

    @Specialization(replaces = "doModule")
    protected Object doGeneric(Object obj) {
        return Attributes.get(obj, name);
    }
}
