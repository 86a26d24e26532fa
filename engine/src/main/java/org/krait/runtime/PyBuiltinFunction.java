package org.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** A function implemented in Java, such as {@code len} or {@code str.upper}. */
public final class PyBuiltinFunction extends PyObject {
    private final String name;
    private final String qualname;
    private final Signature signature;
    private final Object[] defaults;
    private final Object[] kwDefaults;
    private final BuiltinImpl impl;
    private boolean method;
    /** Small, non-recursive bodies that compiled code may inline instead of calling out of line. */
    @CompilationFinal private boolean inlinable;

    public PyBuiltinFunction(String qualname, String parameters, BuiltinImpl impl) {
        super(PyType.BUILTIN_FUNCTION);
        Signature.Parsed p = Signature.parse(parameters);
        this.qualname = qualname;
        this.name = qualname.substring(qualname.lastIndexOf('.') + 1);
        this.signature = p.signature();
        this.defaults = p.defaults();
        this.kwDefaults = p.kwDefaults();
        this.impl = impl;
    }

    public String name() {
        return name;
    }

    public String qualname() {
        return qualname;
    }

    public Signature signature() {
        return signature;
    }

    public BuiltinImpl impl() {
        return impl;
    }

    public boolean isInlinable() {
        return inlinable;
    }

    /**
     * Whether this is a method of a built-in type (a method descriptor, bound when looked up on an instance)
     * rather than a plain built-in function such as {@code len}, which stays unbound even as a class attribute.
     */
    public boolean isMethod() {
        return method;
    }

    public void markMethod() {
        method = true;
    }

    /** Lets partial evaluation inline this builtin's body (only for short bodies without recursion). */
    public void markInlinable() {
        inlinable = true;
    }

    /**
     * Binds the arguments (error messages name the function as CPython does) and runs the body. A boundary:
     * builtin bodies are ordinary Java (loops, recursion) that partial evaluation must not inline.
     */
    @TruffleBoundary
    public Object call(Object[] args, String[] kwNames, Object[] kwValues) {
        return callInlined(args, kwNames, kwValues);
    }

    /** {@link #call} without the boundary, for {@link #isInlinable()} builtins. */
    public Object callInlined(Object[] args, String[] kwNames, Object[] kwValues) {
        if (kwNames.length == 0 && signature.isSimple()) {
            int n = args.length;
            int positional = signature.positional();
            if (n == positional) {
                return impl.call(args);
            }
            int firstDefault = positional - defaults.length;
            if (n < positional && n >= firstDefault) {
                // trailing defaults only: skip the general binder (str.split(), dict.get(k), ...)
                Object[] slots = java.util.Arrays.copyOf(args, positional);
                System.arraycopy(defaults, n - firstDefault, slots, n, positional - n);
                return impl.call(slots);
            }
        }
        return impl.call(signature.bind(name, defaults, kwDefaults, args, kwNames, kwValues));
    }
}
