package org.krait.runtime;

/**
 * A snapshot of a running Python frame ({@code sys._getframe()}, {@code generator.gi_frame}): its function's
 * code, globals, locals and the line it is at. Unlike CPython's, it does not follow later changes.
 */
public final class PyFrame extends PyObject {
    public static final PyType TYPE = PyType.newBuiltin("frame");
    public static final PyType CODE = PyType.newBuiltin("code");

    public final PyModule globals;
    public final PyDict locals;
    public final int line;
    public final String function;
    public final String filename;
    /** The calling frame, computed on demand; null when there is none. */
    private final java.util.function.Supplier<Object> back;

    public PyFrame(PyModule globals, PyDict locals, int line, String function, String filename,
                   java.util.function.Supplier<Object> back) {
        super(TYPE);
        this.globals = globals;
        this.locals = locals;
        this.line = line;
        this.function = function;
        this.filename = filename;
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

    /** {@code frame.f_code}: a code object with the function's names (Krait has no bytecode to show). */
    public Object code() {
        return new Code(function, function, filename, 0, 0, new String[0]);
    }

    /** A code object: names, flags ({@code CO_COROUTINE}...), argument count and parameter names. */
    public static final class Code extends PyObject {
        public final String name;
        public final String qualname;
        public final String filename;
        public final int flags;
        public final int argcount;
        public final String[] varnames;

        public Code(String name, String qualname, String filename, int flags, int argcount, String[] varnames) {
            super(CODE);
            this.name = name;
            this.qualname = qualname;
            this.filename = filename;
            this.flags = flags;
            this.argcount = argcount;
            this.varnames = varnames;
        }

        /** {@code f.__code__} of a function: CPython's flags for generators, coroutines and * / ** parameters. */
        public static Code of(FunctionCode code) {
            Signature sig = code.signature();
            PyType kind = code.generatorKind();
            int flags = (sig.hasVarArgs() ? 0x04 : 0) | (sig.hasVarKw() ? 0x08 : 0)
                    | (kind == PyType.GENERATOR ? 0x20 : kind == PyType.COROUTINE ? 0x80
                    : kind == PyType.ASYNC_GENERATOR ? 0x200 : 0);
            String file = code.source() == null ? "<unknown>" : code.source().getPath() != null
                    ? code.source().getPath() : code.source().getName();
            return new Code(code.name(), code.qualname(), file, flags, sig.positional(), sig.names());
        }
    }
}
