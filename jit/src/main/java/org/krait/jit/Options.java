package org.krait.jit;

import org.krait.jit.types.JitType;
import org.krait.jit.types.SignatureParser;
import org.krait.runtime.HashTable;
import org.krait.runtime.Ops;
import org.krait.runtime.PyDict;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyList;
import org.krait.runtime.PyNone;
import org.krait.runtime.PyTuple;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reads the arguments of {@code @jit(...)}: explicit signatures and keyword options. */
final class Options {
    /** Numba options that only steer Numba's own implementation; accepted and without effect here. */
    private static final Set<String> IGNORED = Set.of("looplift", "inline", "no_cpython_wrapper",
            "no_cfunc_wrapper", "no_rewrites", "debug", "_nrt", "target_backend", "pipeline_class", "_dbg_optnone",
            "_dbg_extend_lifetimes", "writable_args");
    private static final Set<String> KNOWN = Set.of("nopython", "nogil", "cache", "parallel", "fastmath",
            "boundscheck", "error_model", "forceobj", "locals", "overflow");

    private Options() {
    }

    static JitOptions parse(PyDict kwargs, boolean njit) {
        boolean nopython = true;
        boolean nogil = false;
        boolean cache = false;
        boolean parallel = false;
        boolean fastmath = false;
        boolean boundscheck = false;
        boolean numpyErrors = false;
        boolean wrap = false;
        boolean forceobj = false;
        Map<String, JitType> locals = Map.of();
        HashTable table = kwargs.table();
        Set<String> unknown = new TreeSet<>();
        for (int i = 0; i < table.entryLimit(); i++) {
            Object key = table.keyAt(i);
            if (key == null) {
                continue;
            }
            String name = (String) key;
            Object v = table.valueAt(i);
            switch (name) {
                case "nopython" -> nopython = Ops.isTrue(v);
                case "nogil" -> nogil = Ops.isTrue(v);
                case "cache" -> cache = Ops.isTrue(v);
                case "parallel" -> parallel = Ops.isTrue(v);
                case "fastmath" -> fastmath = Ops.isTrue(v);
                case "boundscheck" -> boundscheck = v != PyNone.NONE && Ops.isTrue(v);
                case "forceobj" -> forceobj = Ops.isTrue(v);
                case "error_model" -> numpyErrors = choice(name, v, "python", "numpy");
                case "overflow" -> wrap = choice(name, v, "raise", "wrap");
                case "locals" -> locals = locals(v);
                default -> {
                    if (!IGNORED.contains(name)) {
                        unknown.add("'" + name + "'");
                    }
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw PyErrors.keyError("Unrecognized options: {" + String.join(", ", unknown) + "}. Known options are "
                    + new TreeSet<>(KNOWN));
        }
        if (njit && !nopython) {
            throw PyErrors.valueError("njit() requires nopython=True");
        }
        return new JitOptions(nopython || njit, nogil, cache, parallel, fastmath, boundscheck, numpyErrors, wrap,
                forceobj, locals);
    }

    /** True for the second of two allowed strings. */
    private static boolean choice(String option, Object v, String first, String second) {
        if (first.equals(v)) {
            return false;
        } else if (second.equals(v)) {
            return true;
        }
        throw PyErrors.valueError("option " + option + " must be '" + first + "' or '" + second + "', not "
                + org.krait.runtime.Repr.repr(v));
    }

    private static Map<String, JitType> locals(Object v) {
        if (v == PyNone.NONE) {
            return Map.of();
        }
        if (!(v instanceof PyDict d)) {
            throw PyErrors.typeError("locals must be a dict of variable names to types");
        }
        Map<String, JitType> out = new LinkedHashMap<>();
        HashTable t = d.table();
        for (int i = 0; i < t.entryLimit(); i++) {
            if (t.keyAt(i) instanceof String name) {
                out.put(name, type(t.valueAt(i)));
            }
        }
        return out;
    }

    private static JitType type(Object v) {
        if (v instanceof TypeObject t) {
            return t.jitType();
        }
        if (v instanceof String s) {
            try {
                return SignatureParser.parseType(s);
            } catch (IllegalArgumentException e) {
                throw PyErrors.typeError(e.getMessage());
            }
        }
        throw PyErrors.typeError("expected a type, not " + Ops.typeName(v));
    }

    /** Explicit signatures: a string, a signature object, or a list of them. */
    static List<SignatureParser.Parsed> signatures(Object v) {
        List<SignatureParser.Parsed> out = new ArrayList<>();
        if (v instanceof PyList l) {
            for (Object item : l.toArray()) {
                out.add(signature(item));
            }
        } else if (v instanceof PyTuple t && t.size() > 0 && !(t.get(0) instanceof TypeObject)) {
            for (Object item : t.items()) {
                out.add(signature(item));
            }
        } else {
            out.add(signature(v));
        }
        return out;
    }

    private static SignatureParser.Parsed signature(Object v) {
        if (v instanceof String s) {
            try {
                return SignatureParser.parse(s);
            } catch (IllegalArgumentException e) {
                throw PyErrors.typeError(e.getMessage());
            }
        }
        if (v instanceof TypeObject.SignatureObject s) {
            return s.signature();
        }
        if (v instanceof PyTuple t) {
            List<JitType> args = new ArrayList<>();
            for (Object item : t.items()) {
                args.add(type(item));
            }
            return new SignatureParser.Parsed(null, args);
        }
        throw PyErrors.typeError("a signature must be a string such as 'float64(float64)', not "
                + Ops.typeName(v));
    }
}
