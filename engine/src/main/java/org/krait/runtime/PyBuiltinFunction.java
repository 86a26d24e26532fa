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
    /** Set once, when the builtin is defined; compiled call sites fold these. */
    @CompilationFinal private boolean method;
    @CompilationFinal private boolean readsCallerFrame;
    private ArgWording wording = ArgWording.SIGNATURE;
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

    /**
     * How CPython words a wrong number of arguments for this builtin: each C function parses its arguments one of a
     * few ways, and most of them show in its signature.
     */
    public enum ArgWording {
        /** Told by the signature: no arguments, exactly one (METH_O), positional only, or with keywords. */
        SIGNATURE,
        /** {@code PyArg_ParseTuple}: "find() takes at least 1 argument (0 given)". */
        PARSE_TUPLE,
        /** {@code _PyArg_CheckPositional} even for one argument: "reversed expected 1 argument, got 0". */
        CHECK_POSITIONAL
    }

    /** Sets how a wrong argument count is worded where the signature does not tell it; returns this builtin. */
    public PyBuiltinFunction worded(ArgWording w) {
        wording = w;
        return this;
    }

    /** Whether the body looks at the calling frame's current line ({@code sys._getframe}). */
    public boolean readsCallerFrame() {
        return readsCallerFrame;
    }

    /** Makes call sites tell frame iteration where they are when they call this builtin; returns this builtin. */
    public PyBuiltinFunction markReadsCallerFrame() {
        readsCallerFrame = true;
        return this;
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
        return callInlined(args, 0, kwNames, kwValues);
    }

    /** {@link #call} with the positional arguments from index {@code from} of {@code args} (a call site's array). */
    @TruffleBoundary
    public Object call(Object[] args, int from, String[] kwNames, Object[] kwValues) {
        return callInlined(args, from, kwNames, kwValues);
    }

    /**
     * {@link #call} without the boundary, for {@link #isInlinable()} builtins; the positional arguments are
     * {@code args[from..]}, so that a call site's array is copied once at most.
     */
    public Object callInlined(Object[] args, int from, String[] kwNames, Object[] kwValues) {
        int n = args.length - from;
        if (kwNames.length == 0 && signature.isSimple()) {
            int positional = signature.positional();
            if (n == positional) {
                return impl.call(from == 0 ? args : java.util.Arrays.copyOfRange(args, from, args.length));
            }
            int firstDefault = positional - defaults.length;
            if (n < positional && n >= firstDefault) {
                // trailing defaults only: skip the general binder (str.split(), dict.get(k), ...)
                Object[] slots = new Object[positional];
                System.arraycopy(args, from, slots, 0, n);
                System.arraycopy(defaults, n - firstDefault, slots, n, positional - n);
                return impl.call(slots);
            }
        }
        if ((kwNames.length == 0 ? arityError(n) : keywordError(kwNames)) instanceof PyException e) {
            throw e;
        }
        Object[] given = from == 0 ? args : java.util.Arrays.copyOfRange(args, from, args.length);
        return impl.call(signature.bind(name, defaults, kwDefaults, given, kwNames, kwValues));
    }

    /**
     * CPython's wording for a builtin given the wrong number of positional arguments, which follows how its C
     * function takes them: none ("str.upper() takes no arguments (1 given)"), exactly one ("len() takes exactly
     * one argument (0 given)"), positionally only ("getattr expected at least 2 arguments, got 1"), or by keyword
     * too ("int() takes at most 2 arguments (3 given)", "round() missing required argument 'number' (pos 1)",
     * "sum() takes at least 1 positional argument (0 given)"), unless {@link ArgWording} says otherwise. Null when
     * the count is right or the builtin takes {@code *args} or {@code **kwargs}.
     */
    @TruffleBoundary
    private PyException arityError(int given) {
        String[] names = signature.names();
        int self = selfParameters();
        if (given < self || signature.hasVarArgs() || signature.hasVarKw()) {
            return null;
        }
        int max = signature.positional() - self;
        int min = Math.max(0, max - defaults.length);
        int n = given - self;
        if (n >= min && n <= max) {
            return null;
        }
        boolean positionalOnly = signature.posOnly() == signature.positional();
        String bound = min == max ? "" : n < min ? "at least " : "at most ";
        int count = n < min ? min : max;
        String arguments = count + " argument" + (count == 1 ? "" : "s");
        if (wording == ArgWording.PARSE_TUPLE) {
            return PyErrors.typeError(name + "() takes " + (bound.isEmpty() ? "exactly " : bound) + arguments + " ("
                    + n + " given)");
        }
        if (max == 0) {
            return PyErrors.typeError(signature.kwOnly() == 0 ? qualname + "() takes no arguments (" + n + " given)"
                    : name + "() takes no positional arguments");
        }
        if (!positionalOnly) {
            int posOnly = signature.posOnly() - self;
            if (n < posOnly) {
                return PyErrors.typeError(name + "() takes " + (posOnly < max ? "at least " : "exactly ") + posOnly
                        + " positional argument" + (posOnly == 1 ? "" : "s") + " (" + n + " given)");
            }
            return n > max ? PyErrors.typeError(name + "() takes at most " + arguments + " (" + n + " given)")
                    : PyErrors.typeError(name + "() missing required argument '" + names[self + n] + "' (pos "
                    + (n + 1) + ")");
        }
        if (wording == ArgWording.SIGNATURE && signature.kwOnly() == 0 && min == 1 && max == 1) {
            return PyErrors.typeError(qualname + "() takes exactly one argument (" + n + " given)");
        }
        return PyErrors.typeError(name + " expected " + bound + arguments + ", got " + n);
    }

    /**
     * CPython's wording for keywords a builtin does not take: "len() takes no keyword arguments" when it takes
     * none, "'x' is an invalid keyword argument for print()" otherwise. Null when every keyword names a parameter
     * that may be passed so.
     */
    @TruffleBoundary
    private PyException keywordError(String[] kwNames) {
        if (signature.hasVarKw()) {
            return null;
        }
        String[] names = signature.names();
        int firstNamed = Math.max(signature.posOnly(), selfParameters());
        int kwStart = signature.positional() + (signature.hasVarArgs() ? 1 : 0);
        if (firstNamed >= signature.positional() && signature.kwOnly() == 0) {
            return PyErrors.typeError(qualname + "() takes no keyword arguments");
        }
        for (String kw : kwNames) {
            boolean known = false;
            for (int i = firstNamed; i < names.length && !known; i++) {
                known = names[i].equals(kw) && (i < signature.positional() || i >= kwStart);
            }
            if (!known) {
                return PyErrors.typeError("'" + kw + "' is an invalid keyword argument for " + name + "()");
            }
        }
        return null;
    }

    /** 1 when the first parameter is the receiver ({@code self} of a method, {@code cls} of a constructor). */
    private int selfParameters() {
        String[] names = signature.names();
        return names.length > 0 && (names[0].equals("self") || names[0].equals("cls")) ? 1 : 0;
    }
}