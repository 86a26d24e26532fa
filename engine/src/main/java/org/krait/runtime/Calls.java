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
        } else if (callable instanceof PyGenericAlias g) {
            return construct(g.origin, args, kwNames, kwValues);
        } else if (SpecialMethods.find(callable, "__call__") instanceof Object call) {
            return call(call, prepend(callable, args), kwNames, kwValues);
        } else if (callable instanceof HostObject h && h.isCallable()) {
            return h.call(args, kwNames, kwValues);
        }
        throw PyErrors.notCallable(callable);
    }

    private static Object[] prepend(Object first, Object[] args) {
        Object[] a = new Object[args.length + 1];
        a[0] = first;
        System.arraycopy(args, 0, a, 1, args.length);
        return a;
    }

    /**
     * {@code cls(*args)}. A built-in class's {@code __new__} does all the work; a program's class runs
     * {@code __new__} and then, if it returned an instance of the class, {@code __init__} (CPython's type_call).
     */
    private static Object construct(PyType t, Object[] args, String[] kwNames, Object[] kwValues) {
        PyType meta = t.type();
        if (meta.isHeap() && meta.lookupHeap("__call__") instanceof Object call) {
            return call(call, prepend(t, args), kwNames, kwValues);
        }
        return instantiate(t, args, kwNames, kwValues);
    }

    /** {@code type.__call__}: creates and initialises an instance of {@code t}. */
    public static Object instantiate(PyType t, Object[] args, String[] kwNames, Object[] kwValues) {
        Object factory = t.lookup("__new__");
        if (factory == null) {
            throw PyErrors.typeError("cannot create '" + t.name() + "' instances");
        }
        if (factory instanceof PyStaticMethod sm) {
            factory = sm.function;
        }
        Object obj = call(factory, prepend(t, args), kwNames, kwValues);
        if (t.isHeap() && PyType.of(obj).isSubtypeOf(t)) {
            initialize(obj, args, kwNames, kwValues);
        }
        return obj;
    }

    /** Runs {@code type(obj).__init__(obj, *args)}, which must return None. */
    public static void initialize(Object obj, Object[] args, String[] kwNames, Object[] kwValues) {
        Object init = PyType.of(obj).lookup("__init__");
        Object r = call(init, prepend(obj, args), kwNames, kwValues);
        if (r != PyNone.NONE) {
            throw PyErrors.typeError("__init__() should return None, not '" + Ops.typeName(r) + "'");
        }
    }

    /** Receives a call's keyword arguments as parallel arrays. */
    public interface KeywordCall {
        Object call(String[] names, Object[] values);
    }

    /** Calls {@code call} with the items of a {@code **kwargs} dict as keyword names and values. */
    @TruffleBoundary
    public static Object withKeywords(PyDict kwargs, KeywordCall call) {
        HashTable t = kwargs.table();
        String[] names = new String[t.size()];
        Object[] values = new Object[t.size()];
        for (int i = 0, n = 0; i < t.entryLimit(); i++) {
            if (t.keyAt(i) != null) {
                names[n] = (String) t.keyAt(i);
                values[n++] = t.valueAt(i);
            }
        }
        return call.call(names, values);
    }

    public static boolean isCallable(Object o) {
        return o instanceof PyFunction || o instanceof PyBuiltinFunction || o instanceof PyBoundMethod
                || o instanceof PyType || o instanceof HostObject h && h.isCallable()
                || PyType.of(o).lookup("__call__") != null;
    }
}
