package org.krait.jit;

import org.krait.jit.types.JitType;
import org.krait.jit.types.Scalar;
import org.krait.jit.types.Typeof;
import org.krait.runtime.KraitContext;
import org.krait.runtime.ModuleProvider;
import org.krait.runtime.Ops;
import org.krait.runtime.PyBuiltinFunction;
import org.krait.runtime.PyDict;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyFunction;
import org.krait.runtime.PyModule;
import org.krait.runtime.PyNone;
import org.krait.runtime.PyTuple;
import org.krait.runtime.PyType;
import org.krait.runtime.Calls;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code kjit} module, Krait's own name for its Numba-compatible {@code @jit} ({@code numba}, a package
 * written in Krait, re-exports it): {@code jit}, {@code njit}, {@code prange}, {@code vectorize}, {@code typeof},
 * the type objects ({@code int64}, {@code float64}, ...) and the exception classes.
 */
public final class KjitModule implements ModuleProvider {
    /** Numba's {@code prange}: {@code range} in the interpreter, a parallel loop in {@code parallel=True} code. */
    private static final PyBuiltinFunction PRANGE = new PyBuiltinFunction("kjit.prange", "*args",
            a -> Calls.call(PyType.RANGE, ((PyTuple) a[0]).items()));

    /** The version of Numba whose behaviour this module follows ({@code nopython=True} by default, as since 0.59). */
    public static final String NUMBA_VERSION = "0.59.0";

    @Override
    public Set<String> moduleNames() {
        return Set.of("kjit");
    }

    public static PyBuiltinFunction prange() {
        return PRANGE;
    }

    @Override
    public PyModule create(String name, KraitContext context) {
        PyModule m = new PyModule("kjit");
        m.def("kjit.jit", "signature_or_function=None, /, **options", a -> jit(a[0], (PyDict) a[1], false));
        m.def("kjit.njit", "signature_or_function=None, /, **options", a -> jit(a[0], (PyDict) a[1], true));
        m.setAttribute("prange", PRANGE);
        m.def("kjit.typeof", "value, /", a -> {
            JitType t = Typeof.of(a[0]);
            if (t == null) {
                throw PyErrors.valueError("cannot determine Numba type of <class '" + Ops.typeName(a[0]) + "'>");
            }
            return TypeObject.of(t);
        });
        m.def("kjit.vectorize", "ftylist_or_function=None, /, **options",
                a -> Vectorize.decorate(a[0], (PyDict) a[1]));
        m.setAttribute("NumbaError", JitErrors.NUMBA_ERROR);
        m.setAttribute("TypingError", JitErrors.TYPING_ERROR);
        m.setAttribute("UnsupportedError", JitErrors.UNSUPPORTED_ERROR);
        m.setAttribute("__version__", NUMBA_VERSION);
        for (Map.Entry<String, JitType> e : typeNames().entrySet()) {
            m.setAttribute(e.getKey(), TypeObject.of(e.getValue()));
        }
        return m;
    }

    /** The type objects under their Numba names ({@code int64}, {@code f8}, {@code void}, ...). */
    private static Map<String, JitType> typeNames() {
        Map<String, JitType> names = new java.util.LinkedHashMap<>();
        for (String n : List.of("int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float32",
                "float64", "complex64", "complex128", "boolean", "b1", "i1", "i2", "i4", "i8", "u1", "u2", "u4", "u8",
                "f4", "f8", "c8", "c16", "intp", "uintp", "int_", "float_", "double", "complex_", "void", "none",
                "byte", "intc")) {
            names.put(n, org.krait.jit.types.SignatureParser.scalar(n));
        }
        names.put("bool_", Scalar.BOOL);
        return names;
    }

    /** {@code @jit}, {@code @jit(...)}, {@code @jit("sig")}, {@code jit(f)}: a dispatcher or a decorator. */
    private static Object jit(Object first, PyDict kwargs, boolean njit) {
        JitOptions options = Options.parse(kwargs, njit);
        if (jitDisabled()) {
            // NUMBA_DISABLE_JIT=1, as in Numba: the decorator hands back the Python function itself
            return first instanceof PyFunction || first instanceof Dispatcher
                    ? (first instanceof Dispatcher d ? d.pyFunc() : first)
                    : new PyBuiltinFunction("kjit.jit.<locals>.wrapper", "func, /", a -> a[0]);
        }
        if (first instanceof PyFunction f) {
            return new Dispatcher(f, options, List.of());
        }
        if (first instanceof Dispatcher d) {
            return new Dispatcher(d.pyFunc(), options, List.of());
        }
        var signatures = first == PyNone.NONE ? List.<org.krait.jit.types.SignatureParser.Parsed>of()
                : Options.signatures(first);
        return new PyBuiltinFunction("kjit.jit.<locals>.wrapper", "func, /", a -> {
            Object f = a[0] instanceof Dispatcher d ? d.pyFunc() : a[0];
            if (!(f instanceof PyFunction pf)) {
                throw PyErrors.typeError("The decorated object is not a function (got type <class '"
                        + Ops.typeName(a[0]) + "'>).");
            }
            return new Dispatcher(pf, options, signatures);
        });
    }

    private static boolean jitDisabled() {
        String v = KraitContext.get(null).env().getEnvironment().get("NUMBA_DISABLE_JIT");
        return v != null && !v.isEmpty() && !v.equals("0");
    }
}
