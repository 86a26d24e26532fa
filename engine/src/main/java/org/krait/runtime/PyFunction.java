package org.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import java.util.HashMap;
import java.util.Map;

/** A function defined by a {@code def} or {@code lambda}: code plus the values captured when it was created. */
@ExportLibrary(InteropLibrary.class)
public final class PyFunction extends PyObject {
    private final FunctionCode code;
    private final PyModule globals;
    public Object[] defaults;
    public Object[] kwDefaults;
    private final PyCell[] closure;
    public String name;
    public String qualname;
    public Object doc = PyNone.NONE;
    /** Attributes set by programs ({@code f.cache = {}}) and by decorators such as {@code functools.wraps}. */
    private Map<String, Object> attributes;

    public PyFunction(FunctionCode code, PyModule globals, Object[] defaults, Object[] kwDefaults, PyCell[] closure) {
        super(PyType.FUNCTION);
        this.code = code;
        this.globals = globals;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.closure = closure;
        this.name = code.name();
        this.qualname = code.qualname();
    }

    public FunctionCode code() {
        return code;
    }

    public RootCallTarget callTarget() {
        return code.callTarget();
    }

    public Signature signature() {
        return code.signature();
    }

    public PyModule globals() {
        return globals;
    }

    public PyCell[] closure() {
        return closure;
    }

    public Map<String, Object> attributes() {
        if (attributes == null) {
            attributes = new HashMap<>();
        }
        return attributes;
    }

    /** Frame arguments for a call with already-bound slots: the function itself, then the slots. */
    public Object[] frameArguments(Object[] slots) {
        Object[] a = new Object[slots.length + 1];
        a[0] = this;
        System.arraycopy(slots, 0, a, 1, slots.length);
        return a;
    }

    @ExportMessage
    boolean isExecutable() {
        return true;
    }

    /**
     * Called from Java through the polyglot API: host values are converted to Krait values. The calling thread
     * takes the GIL for the call unless it holds it already (a callback from Krait code).
     */
    @ExportMessage
    @TruffleBoundary
    Object execute(Object[] arguments) {
        KraitContext context = KraitContext.get(null);
        boolean took = context.gil().acquireIfNotHeld(context.threadStateOfCurrentThread(), null);
        try {
            return HostValues.toHost(Calls.call(this, HostValues.toKrait(arguments)));
        } finally {
            if (took && context.gil().isHeldByCurrentThread()) {
                context.gil().release();
            }
        }
    }
}
