package org.krait.runtime;

/**
 * A snapshot of a running Python frame ({@code sys._getframe()}, {@code generator.gi_frame}): its function's
 * code, globals, locals and the line it is at. Unlike CPython's, it does not follow later changes.
 */
public final class PyFrame extends PyObject {
    public static final PyType TYPE = PyType.newBuiltin("frame");

    public final PyModule globals;
    public final PyDict locals;
    public final int line;
    private final PyCode code;
    /** The calling frame, computed on demand; null when there is none. */
    private final java.util.function.Supplier<Object> back;

    public PyFrame(PyModule globals, PyDict locals, int line, PyCode code, java.util.function.Supplier<Object> back) {
        super(TYPE);
        this.globals = globals;
        this.locals = locals;
        this.line = line;
        this.code = code;
        this.back = back;
    }

    /** The bound local variables of a function's frame. */
    public static PyDict localsOf(com.oracle.truffle.api.frame.Frame frame) {
        PyDict out = new PyDict();
        com.oracle.truffle.api.frame.FrameDescriptor descriptor = frame.getFrameDescriptor();
        for (int slot = 0; slot < descriptor.getNumberOfSlots(); slot++) {
            if (!(descriptor.getSlotName(slot) instanceof String name) || name.startsWith(".")) {
                continue;  // compiler temporaries and the implicit iterator of comprehensions
            }
            Object v = StringAccumulator.value(frame.getValue(slot));
            if (v instanceof PyCell cell) {
                v = cell.value;
            }
            if (v != null) {
                out.put(name, v);
            }
        }
        return out;
    }

    public Object back() {
        Object b = back.get();
        return b == null ? PyNone.NONE : b;
    }

    /** {@code frame.f_code}. */
    public PyCode code() {
        return code;
    }
}
