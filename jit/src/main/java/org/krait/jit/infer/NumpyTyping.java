package org.krait.jit.infer;

import org.krait.jit.types.ArrayType;
import org.krait.jit.types.GlobalRef;
import org.krait.jit.types.JitType;
import org.krait.jit.types.Scalar;
import org.krait.jit.types.SignatureParser;
import org.krait.jit.types.TupleType;
import org.krait.parser.ast.Expr;
import org.krait.parser.ast.Keyword;
import org.krait.runtime.PyModule;
import org.krait.runtime.PyType;

import java.util.Map;

/**
 * What jitted code may use of the {@code numpy} module: {@code zeros}, {@code ones} and {@code empty} (which make
 * arrays through {@link org.krait.jit.array.NDArrayFactory}), the dtypes as their arguments ({@code np.float64},
 * {@code 'int32'}, {@code float}), the constants, and the element-wise functions applied to numbers (where they
 * equal the {@code math} ones).
 */
final class NumpyTyping {
    /** numpy's functions of one number that compute what math's do. */
    private static final Map<String, String> AS_MATH = Map.ofEntries(Map.entry("sqrt", "math.sqrt"),
            Map.entry("exp", "math.exp"), Map.entry("log", "math.log"), Map.entry("log10", "math.log10"),
            Map.entry("log1p", "math.log1p"), Map.entry("expm1", "math.expm1"), Map.entry("sin", "math.sin"),
            Map.entry("cos", "math.cos"), Map.entry("tan", "math.tan"), Map.entry("arcsin", "math.asin"),
            Map.entry("arccos", "math.acos"), Map.entry("arctan", "math.atan"), Map.entry("sinh", "math.sinh"),
            Map.entry("cosh", "math.cosh"), Map.entry("tanh", "math.tanh"), Map.entry("arctan2", "math.atan2"),
            Map.entry("hypot", "math.hypot"), Map.entry("isnan", "math.isnan"), Map.entry("isinf", "math.isinf"),
            Map.entry("isfinite", "math.isfinite"), Map.entry("abs", "abs"), Map.entry("absolute", "abs"));

    private NumpyTyping() {
    }

    static JitType attribute(Typer typer, PyModule numpy, Expr.Attribute a) {
        String attr = a.attr();
        Double constant = Intrinsics.mathConstant(attr);
        if (constant != null) {
            return Scalar.FLOAT64;
        }
        if (attr.equals("zeros") || attr.equals("ones") || attr.equals("empty")) {
            return new GlobalRef(numpy, "numpy." + attr);
        }
        if (ArrayReductions.KINDS.containsKey(attr)) {
            return new GlobalRef(numpy, "numpy.reduce." + attr);
        }
        String math = AS_MATH.get(attr);
        if (math != null) {
            return new GlobalRef(numpy, math);
        }
        Scalar dtype = SignatureParser.scalar(attr.equals("bool_") ? "boolean" : attr);
        if (dtype != null && dtype != Scalar.NONE) {
            return new GlobalRef(dtype, "dtype(" + dtype.typeName() + ")");
        }
        throw typer.error("Unknown attribute '" + attr + "' of type Module(numpy) (not supported in jitted code)",
                a.pos());
    }

    static boolean isArrayConstructor(GlobalRef ref) {
        return ref.value() instanceof PyModule m && m.name().equals("numpy") && ref.typeName().startsWith("numpy.")
                && !ref.typeName().startsWith("numpy.reduce.");
    }

    /** {@code np.zeros(shape, dtype=float64)}: null while the shape's type is unknown. */
    static org.krait.jit.infer.CallInfo.NewArray newArray(Typer typer, GlobalRef ref, Expr.Call c) {
        String name = ref.typeName().substring("numpy.".length());
        Expr shape = c.args().isEmpty() ? null : c.args().get(0);
        Expr dtypeExpr = c.args().size() > 1 ? c.args().get(1) : null;
        for (Keyword k : c.keywords()) {
            if ("shape".equals(k.arg()) && shape == null) {
                shape = k.value();
            } else if ("dtype".equals(k.arg()) && dtypeExpr == null) {
                dtypeExpr = k.value();
            } else {
                throw typer.error("np." + name + "() in jitted code takes shape and dtype only", k.pos());
            }
        }
        if (shape == null || c.args().size() > 2) {
            throw typer.error("np." + name + "() takes a shape and an optional dtype", c.pos());
        }
        Scalar dtype = dtypeExpr == null ? Scalar.FLOAT64 : dtype(typer, dtypeExpr);
        JitType st = typer.expr(shape);
        if (st == null) {
            return null;
        }
        int ndim;
        if (st instanceof Scalar s && s.isInteger()) {
            ndim = 1;
        } else if (st instanceof TupleType t && t.size() >= 1 && t.items().stream()
                .allMatch(i -> i instanceof Scalar s && s.isInteger())) {
            ndim = t.size();
        } else {
            throw typer.error("The shape of np." + name + "() must be an int or a tuple of ints, not "
                    + st.typeName(), shape.pos());
        }
        if (ndim > ArrayType.MAX_DIMS) {
            throw typer.error("Arrays of more than " + ArrayType.MAX_DIMS + " dimensions are not supported",
                    shape.pos());
        }
        return new org.krait.jit.infer.CallInfo.NewArray(name.equals("ones"), new ArrayType(dtype, ndim, 'C'),
                shape);
    }

    /** A dtype argument: {@code np.float64}, {@code 'float64'}, or the builtins {@code float}, {@code int} ... */
    private static Scalar dtype(Typer typer, Expr e) {
        if (e instanceof Expr.Constant k && k.value() instanceof String s) {
            Scalar t = SignatureParser.scalar(s.equals("bool") ? "boolean" : s);
            if (t == null || t == Scalar.NONE) {
                throw typer.error("Unknown dtype '" + s + "'", e.pos());
            }
            return t;
        }
        JitType t = typer.expr(e);
        if (t instanceof GlobalRef g && g.value() instanceof Scalar s) {
            return s;
        }
        if (t instanceof GlobalRef g && g.value() instanceof PyType type && "numpy".equals(type.module())) {
            // numpy's scalar classes imported by name (from numpy import float32)
            Scalar s = SignatureParser.scalar(type.name().equals("bool_") ? "boolean" : type.name());
            if (s != null && s != Scalar.NONE) {
                return s;
            }
        }
        if (t instanceof GlobalRef g && g.value() instanceof PyType type) {
            switch (type.name()) {
                case "float" -> {
                    return Scalar.FLOAT64;
                }
                case "int" -> {
                    return Scalar.INT64;
                }
                case "bool" -> {
                    return Scalar.BOOL;
                }
                case "complex" -> {
                    return Scalar.COMPLEX128;
                }
                default -> {
                }
            }
        }
        throw typer.error("Not a dtype jitted code knows: " + (t == null ? "?" : t.typeName()), e.pos());
    }
}
