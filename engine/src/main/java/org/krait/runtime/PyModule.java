package org.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A module. Its namespace is a dict whose table holds the values of its globals in cells, so that compiled code
 * can cache the cell of a name and read or write the value with a single memory access, while {@code globals()}
 * and {@code __dict__} are that same dict.
 */
@ExportLibrary(InteropLibrary.class)
public final class PyModule extends PyObject {
    private final String name;
    private final PyDict namespace;

    public PyModule(String name) {
        this(name, new PyDict());
        setAttribute("__name__", name);
        setAttribute("__doc__", PyNone.NONE);
    }

    /** The module of {@link PyDict#module()}. */
    PyModule(String name, PyDict namespace) {
        super(PyType.MODULE);
        this.name = name;
        this.namespace = namespace;
        namespace.table().useCells();
        namespace.module = this;
    }

    public String name() {
        return name;
    }

    /** The cell of {@code name}, created empty on first use. */
    public PyCell cell(String attr) {
        return namespace.table().cell(attr);
    }

    /** The value of a global, or null when unbound. */
    public Object getAttribute(String attr) {
        return namespace.get(attr);
    }

    /** Binds a global; null unbinds it. */
    public void setAttribute(String attr, Object value) {
        if (value == null) {
            namespace.remove(attr);
        } else {
            namespace.put(attr, value);
        }
    }

    /** Name/value pairs of the bound globals, in definition order. */
    @TruffleBoundary
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        HashTable t = namespace.table();
        for (int i = 0; i < t.entryLimit(); i++) {
            if (t.keyAt(i) instanceof String k) {
                m.put(k, t.valueAt(i));
            }
        }
        return m;
    }

    /** The module's namespace: what {@code globals()} and {@code __dict__} give. */
    public PyDict namespace() {
        return namespace;
    }

    /** Convenience for Java-implemented modules: defines the function and returns it. */
    public PyBuiltinFunction def(String qualifiedName, String parameters, BuiltinImpl impl) {
        PyBuiltinFunction f = new PyBuiltinFunction(qualifiedName, parameters, impl);
        setAttribute(f.name(), f);
        return f;
    }

    // ---- polyglot access: a module's globals are its members (Context.getBindings("krait") is __main__) ----

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMembers(boolean includeInternal) {
        return new PyList(snapshot().keySet().toArray());
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) {
        return getAttribute(member) != null;
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        Object v = getAttribute(member);
        if (v == null) {
            throw UnknownIdentifierException.create(member);
        }
        return HostValues.toHost(v);
    }

    @ExportMessage
    boolean isMemberModifiable(String member) {
        return isMemberReadable(member);
    }

    @ExportMessage
    boolean isMemberInsertable(String member) {
        return !isMemberReadable(member);
    }

    @ExportMessage
    @TruffleBoundary
    void writeMember(String member, Object value) {
        setAttribute(member, HostValues.toKrait(value));
    }

    /** Truffle asks the object returned by {@code getScope} to be a scope with a language. */
    @ExportMessage
    boolean isScope() {
        return true;
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends com.oracle.truffle.api.TruffleLanguage<?>> getLanguage() {
        return org.krait.KraitLanguage.class;
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(boolean allowSideEffects) {
        return "<module '" + name + "'>";
    }
}
