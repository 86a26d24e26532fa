package org.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Calling any callable from Java code (builtins such as {@code sorted(key=...)} or {@code map}). */
public final class Calls {
    public static final String[] NO_KEYWORDS = new String[0];
    public static final Object[] NO_VALUES = new Object[0];

    private Calls() {
    }

    public static Object call(Object callable, Object... args) {
        return call(callable, args, NO_KEYWORDS, NO_VALUES);
    }

    @TruffleBoundary
    public static Object call(Object callable, Object[] args, String[] kwNames, Object[] kwValues) {
        if (callable instanceof PyFunction f) {
            Signature sig = f.signature();
            Object[] slots = kwNames.length == 0 && sig.isSimple() && args.length == sig.positional() ? args
                    : sig.bind(f.qualname, f.defaults, f.kwDefaults, args, kwNames, kwValues);
            return f.callTarget().call(f.frameArguments(slots));
        } else if (callable instanceof PyBuiltinFunction f) {
            return f.call(args, kwNames, kwValues);
        } else if (callable instanceof PyBoundMethod m) {
            Object[] a = new Object[args.length + 1];
            a[0] = m.self;
            System.arraycopy(args, 0, a, 1, args.length);
            return call(m.function, a, kwNames, kwValues);
        } else if (callable instanceof PyType t) {
            return construct(t, args, kwNames, kwValues);
        } else if (callable instanceof HostObject h && h.isCallable()) {
            return h.call(args, kwNames, kwValues);
        }
        throw PyErrors.notCallable(callable);
    }

    /** {@code cls(*args)}: the type's {@code __new__} (a builtin taking the class first) creates the object. */
    private static Object construct(PyType t, Object[] args, String[] kwNames, Object[] kwValues) {
        Object factory = t.lookup("__new__");
        if (factory == null) {
            throw PyErrors.typeError("cannot create '" + t.name() + "' instances");
        }
        Object[] a = new Object[args.length + 1];
        a[0] = t;
        System.arraycopy(args, 0, a, 1, args.length);
        return call(factory, a, kwNames, kwValues);
    }

    public static boolean isCallable(Object o) {
        return o instanceof PyFunction || o instanceof PyBuiltinFunction || o instanceof PyBoundMethod
                || o instanceof PyType || o instanceof HostObject h && h.isCallable();
    }
}
