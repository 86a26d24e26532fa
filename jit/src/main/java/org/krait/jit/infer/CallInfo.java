package org.krait.jit.infer;

import org.krait.jit.types.JitType;
import org.krait.parser.ast.Expr;

import java.util.List;

/** How a call in jitted code is carried out, as decided by typing. */
public sealed interface CallInfo {
    /** A builtin or math function implemented by a static Java method (or the identity). */
    record IntrinsicCall(Intrinsic intrinsic, List<Expr> args) implements CallInfo {
    }

    /**
     * A call to another jitted function (or this one): {@code args} are the argument expressions bound to the
     * callee's parameters, with null where the parameter's default value ({@code defaults}) is used.
     */
    record JitCall(FunctionTyping callee, List<Expr> args, List<Object> defaults) implements CallInfo {
    }

    /** {@code range(...)} or {@code prange(...)}; only looped over. */
    record RangeCall(boolean parallel, List<Expr> args) implements CallInfo {
    }

    /** {@code min}/{@code max} of two or more scalars ({@code type} is the unified one). */
    record MinMax(boolean max, JitType type, List<Expr> args) implements CallInfo {
    }

    /** {@code min}/{@code max} of one homogeneous tuple. */
    record MinMaxTuple(boolean max, Expr tuple) implements CallInfo {
    }

    /** {@code len(x)} of a tuple (a constant) or range. */
    record Len(Expr arg) implements CallInfo {
    }

    /** {@code int()}, {@code float()}, {@code bool()}, {@code complex()}: a zero. */
    record Zero(JitType type) implements CallInfo {
    }

    /** {@code np.zeros(shape, dtype)}, {@code np.ones}, {@code np.empty}: a new C-contiguous array. */
    record NewArray(boolean ones, org.krait.jit.types.ArrayType type, Expr shape) implements CallInfo {
    }

    /** {@code a.sum()}, {@code np.mean(a)}, ...: {@code kind} is one of {@code codegen.Reductions}' constants. */
    record Reduce(int kind, Expr array) implements CallInfo {
    }

    /** {@code print(...)}: string constants and values, printed by the interpreter's print. */
    record Print(List<Expr> args) implements CallInfo {
    }

    /** {@code z.conjugate()} on a number. */
    record Conjugate(Expr receiver) implements CallInfo {
    }
}
