package org.krait.jit.infer;

import org.krait.jit.types.JitType;
import org.krait.jit.types.Scalar;
import org.krait.jit.types.TupleType;
import org.krait.jit.types.Unify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.krait.jit.types.Scalar.BOOL;
import static org.krait.jit.types.Scalar.COMPLEX128;
import static org.krait.jit.types.Scalar.FLOAT64;
import static org.krait.jit.types.Scalar.INT64;

/**
 * The builtins and {@code math} functions jitted code can call, each with its overloads in the order they are
 * tried (narrowest parameter types first). Results follow Numba: {@code math.sqrt(-1.0)} is nan and
 * {@code math.floor(x)} an int64; what overflows int64 raises OverflowError.
 */
public final class Intrinsics {
    private static final String MATH = "java/lang/Math";
    private static final String OPS = "org/krait/jit/codegen/JitOps";
    private static final String JMATH = "org/krait/jit/codegen/JitMath";
    /** The engine's hypot and atan2 round like the C library CPython and Numba use. */
    private static final String LIBM = "org/krait/runtime/LibM";
    private static final Map<String, List<Intrinsic>> TABLE = new HashMap<>();
    /** {@code math} constants. */
    private static final Map<String, Double> MATH_CONSTANTS = Map.of("pi", Math.PI, "e", Math.E, "tau", 2 * Math.PI,
            "inf", Double.POSITIVE_INFINITY, "nan", Double.NaN);

    private Intrinsics() {
    }

    static {
        def("abs", List.of(INT64), INT64, OPS, "abs", "(J)J");
        def("abs", List.of(FLOAT64), FLOAT64, MATH, "abs", "(D)D");
        def("abs", List.of(COMPLEX128), FLOAT64, OPS, "cabs", "(DD)D");
        def("int", List.of(INT64), INT64, null, null, null);
        def("int", List.of(FLOAT64), INT64, OPS, "floatToInt", "(D)J");
        def("float", List.of(FLOAT64), FLOAT64, null, null, null);
        def("bool", List.of(BOOL), BOOL, null, null, null);
        def("bool", List.of(INT64), BOOL, OPS, "truth", "(J)Z");
        def("bool", List.of(FLOAT64), BOOL, OPS, "truth", "(D)Z");
        def("bool", List.of(COMPLEX128), BOOL, OPS, "truth", "(DD)Z");
        def("complex", List.of(COMPLEX128), COMPLEX128, null, null, null);
        def("complex", List.of(FLOAT64, FLOAT64), COMPLEX128, null, null, null);
        def("round", List.of(INT64), INT64, null, null, null);
        def("round", List.of(FLOAT64), INT64, OPS, "round", "(D)J");
        def("round", List.of(FLOAT64, INT64), FLOAT64, OPS, "round", "(DJ)D");
        def("divmod", List.of(INT64, INT64), new TupleType(List.of(INT64, INT64)), OPS, "divmod",
                "(JJ)Lorg/krait/runtime/PyTuple;");
        def("divmod", List.of(FLOAT64, FLOAT64), new TupleType(List.of(FLOAT64, FLOAT64)), OPS, "divmod",
                "(DD)Lorg/krait/runtime/PyTuple;");
        def("pow", List.of(INT64, INT64), INT64, OPS, "pow", "(JJ)J");
        def("pow", List.of(FLOAT64, FLOAT64), FLOAT64, OPS, "pow", "(DD)D");
        def("pow", List.of(COMPLEX128, COMPLEX128), COMPLEX128, OPS, "cpow",
                "(DDDD)Lorg/krait/runtime/PyComplex;");

        for (String f : new String[]{"sqrt", "exp", "log10", "log1p", "expm1", "sin", "cos", "tan", "asin", "acos",
            "atan", "sinh", "cosh", "tanh", "cbrt"}) {
            def("math." + f, List.of(FLOAT64), FLOAT64, MATH, f, "(D)D");
        }
        for (String f : new String[]{"log2", "asinh", "acosh", "atanh", "exp2"}) {
            def("math." + f, List.of(FLOAT64), FLOAT64, JMATH, f, "(D)D");
        }
        def("math.log", List.of(FLOAT64), FLOAT64, MATH, "log", "(D)D");
        def("math.log", List.of(FLOAT64, FLOAT64), FLOAT64, JMATH, "log", "(DD)D");
        def("math.fabs", List.of(FLOAT64), FLOAT64, MATH, "abs", "(D)D");
        def("math.degrees", List.of(FLOAT64), FLOAT64, MATH, "toDegrees", "(D)D");
        def("math.radians", List.of(FLOAT64), FLOAT64, MATH, "toRadians", "(D)D");
        def("math.atan2", List.of(FLOAT64, FLOAT64), FLOAT64, LIBM, "atan2", "(DD)D");
        def("math.hypot", List.of(FLOAT64, FLOAT64), FLOAT64, LIBM, "hypot", "(DD)D");
        def("math.copysign", List.of(FLOAT64, FLOAT64), FLOAT64, MATH, "copySign", "(DD)D");
        def("math.fmod", List.of(FLOAT64, FLOAT64), FLOAT64, JMATH, "fmod", "(DD)D");
        def("math.pow", List.of(FLOAT64, FLOAT64), FLOAT64, MATH, "pow", "(DD)D");
        def("math.ldexp", List.of(FLOAT64, INT64), FLOAT64, JMATH, "ldexp", "(DJ)D");
        for (String f : new String[]{"floor", "ceil", "trunc"}) {
            def("math." + f, List.of(INT64), INT64, null, null, null);
            def("math." + f, List.of(FLOAT64), INT64, JMATH, f, "(D)J");
        }
        for (String f : new String[]{"isnan", "isinf", "isfinite"}) {
            def("math." + f, List.of(INT64), BOOL, JMATH, f, "(J)Z");
            def("math." + f, List.of(FLOAT64), BOOL, JMATH, f, "(D)Z");
        }
        def("math.gcd", List.of(INT64, INT64), INT64, JMATH, "gcd", "(JJ)J");
        def("math.modf", List.of(FLOAT64), new TupleType(List.of(FLOAT64, FLOAT64)), JMATH, "modf",
                "(D)Lorg/krait/runtime/PyTuple;");
        def("math.frexp", List.of(FLOAT64), new TupleType(List.of(FLOAT64, INT64)), JMATH, "frexp",
                "(D)Lorg/krait/runtime/PyTuple;");
    }

    private static void def(String name, List<JitType> params, JitType result, String owner, String method,
                            String descriptor) {
        TABLE.computeIfAbsent(name, k -> new ArrayList<>())
                .add(new Intrinsic(name, params, result, owner, method, descriptor));
    }

    /** Whether {@code name} ("abs", "math.sqrt") is a function jitted code can call. */
    public static boolean exists(String name) {
        return TABLE.containsKey(name);
    }

    /** The first overload of {@code name} the argument types convert to, or null. */
    public static Intrinsic resolve(String name, List<JitType> args) {
        for (Intrinsic i : TABLE.getOrDefault(name, List.of())) {
            if (i.params().size() != args.size()) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < args.size() && ok; k++) {
                ok = Unify.converts(widened(args.get(k)), i.params().get(k));
            }
            if (ok) {
                return i;
            }
        }
        return null;
    }

    /** The overloads of {@code name}, for error messages. */
    public static List<Intrinsic> overloads(String name) {
        return TABLE.getOrDefault(name, List.of());
    }

    public static Double mathConstant(String name) {
        return MATH_CONSTANTS.get(name);
    }

    private static JitType widened(JitType t) {
        return t instanceof Scalar s ? s.widen() : t;
    }
}
