package org.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A module. Its global variables live in cells so that compiled code can cache the cell of a name and
 * read or write the value with a single memory access.
 */
@ExportLibrary(InteropLibrary.class)
public final class PyModule extends PyObject {
    private final String name;
    private final Map<String, PyCell> globals = new LinkedHashMap<>();

    public PyModule(String name) {
        super(PyType.MODULE);
        this.name = name;
        setAttribute("__name__", name);
        setAttribute("__doc__", PyNone.NONE);
    }

    public String name() {
        return name;
    }

    /** The cell of {@code name}, created empty on first use. */
    @TruffleBoundary
    public PyCell cell(String attr) {
        return globals.computeIfAbsent(attr, k -> new PyCell(null));
    }

    /** The value of a global, or null when unbound. */
    @TruffleBoundary
    public Object getAttribute(String attr) {
        PyCell c = globals.get(attr);
        return c == null ? null : c.value;
    }

    @TruffleBoundary
    public void setAttribute(String attr, Object value) {
        cell(attr).value = value;
    }

    /** Name/value pairs of the bound globals, in definition order. */
    @TruffleBoundary
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        globals.forEach((k, c) -> {
            if (c.value != null) {
                m.put(k, c.value);
            }
        });
        return m;
    }

    /** The module's variables as a new dict (what {@code globals()} gives). */
    @TruffleBoundary
    public PyDict namespace() {
        PyDict out = new PyDict();
        snapshot().forEach(out::put);
        return out;
    }

    /** Convenience for Java-implemented modules. */
    public void def(String qualifiedName, String parameters, BuiltinImpl impl) {
        PyBuiltinFunction f = new PyBuiltinFunction(qualifiedName, parameters, impl);
        setAttribute(f.name(), f);
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
}
