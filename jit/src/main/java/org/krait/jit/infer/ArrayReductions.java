package org.krait.jit.infer;

import org.krait.jit.codegen.Reductions;
import org.krait.jit.types.ArrayType;
import org.krait.jit.types.GlobalRef;
import org.krait.jit.types.JitType;
import org.krait.jit.types.Scalar;
import org.krait.parser.ast.Expr;

import java.util.Map;

/**
 * Types of the whole-array reductions: {@code a.sum()}, {@code a.prod()}, {@code a.min()}, {@code a.max()},
 * {@code a.mean()} and {@code np.sum(a)} etc. An integer (or bool) array sums to an int64, a float one to a
 * float64; the mean is a float64; min and max keep the element type.
 */
final class ArrayReductions {
    static final Map<String, Integer> KINDS = Map.of("sum", Reductions.SUM, "prod", Reductions.PROD,
            "min", Reductions.MIN, "max", Reductions.MAX, "mean", Reductions.MEAN);

    private ArrayReductions() {
    }

    static boolean isReduction(GlobalRef ref) {
        return ref.typeName().startsWith("ArrayMethod(") || ref.typeName().startsWith("numpy.reduce.");
    }

    static JitType type(Typer typer, GlobalRef ref, Expr.Call c) {
        boolean method = ref.typeName().startsWith("ArrayMethod(");
        String name = method ? ref.typeName().substring(12, ref.typeName().length() - 1)
                : ref.typeName().substring("numpy.reduce.".length());
        if (!c.keywords().isEmpty() || c.args().size() != (method ? 0 : 1)) {
            throw typer.error((method ? "a." : "np.") + name + "() in jitted code takes no axis or other arguments"
                    + (method ? "" : " besides the array"), c.pos());
        }
        Expr array = method ? ((Expr.Attribute) c.func()).value() : c.args().get(0);
        JitType t = method ? ref.value() instanceof ArrayType a ? a : null : typer.expr(array);
        if (t == null) {
            return null;
        }
        if (!(t instanceof ArrayType a)) {
            throw typer.error("np." + name + "() in jitted code takes an array, not " + t.typeName(), array.pos());
        }
        if (a.dtype().kind() == Scalar.Kind.COMPLEX) {
            throw typer.error(name + "() of a complex array is not supported in jitted code", c.pos());
        }
        int kind = KINDS.get(name);
        typer.typing().calls.put(c, new CallInfo.Reduce(kind, array));
        if (kind == Reductions.MEAN) {
            return Scalar.FLOAT64;
        }
        Scalar element = a.dtype().widen();
        return (kind == Reductions.MIN || kind == Reductions.MAX) ? element
                : element == Scalar.BOOL ? Scalar.INT64 : element;
    }
}
