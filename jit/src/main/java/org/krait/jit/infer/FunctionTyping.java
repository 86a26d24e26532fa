package org.krait.jit.infer;

import org.krait.jit.Dispatcher;
import org.krait.jit.JitOptions;
import org.krait.jit.types.JitType;
import org.krait.parser.ast.Expr;
import org.krait.parser.ast.Operator;
import org.krait.parser.ast.Stmt;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The types inferred for one function and one tuple of argument types: every local variable and expression, the
 * return type, and how each call is made. Filled by {@link Typer} passes until nothing changes.
 */
public final class FunctionTyping {
    private final Dispatcher dispatcher;
    private final List<JitType> argTypes;
    private final JitOptions options;
    final Map<String, JitType> locals = new LinkedHashMap<>();
    final Map<Expr, JitType> types = new IdentityHashMap<>();
    final Map<Expr.Call, CallInfo> calls = new IdentityHashMap<>();
    /** Global names read as frozen constants (ints, floats, tuples of them), by their Name node. */
    final Map<Expr, Object> constants = new IdentityHashMap<>();
    /** The reduction variables of each parallel (prange) loop, with the operator combining partial results. */
    final Map<Stmt.For, Map<String, Operator>> reductions = new IdentityHashMap<>();
    /** The return type a signature declared ({@code @jit("int32(int32)")}), or null. */
    JitType declaredReturn;
    JitType returnType;

    FunctionTyping(Dispatcher dispatcher, List<JitType> argTypes, JitOptions options) {
        this.dispatcher = dispatcher;
        this.argTypes = List.copyOf(argTypes);
        this.options = options;
    }

    public Dispatcher dispatcher() {
        return dispatcher;
    }

    public JitFunction function() {
        return dispatcher.function();
    }

    public List<JitType> argTypes() {
        return argTypes;
    }

    public JitOptions options() {
        return options;
    }

    public JitType returnType() {
        return returnType;
    }

    public Map<String, JitType> locals() {
        return locals;
    }

    public JitType typeOf(Expr e) {
        return types.get(e);
    }

    public CallInfo call(Expr.Call c) {
        return calls.get(c);
    }

    /** Every call typing resolved. */
    public java.util.Set<Expr.Call> calls() {
        return calls.keySet();
    }

    /** The globals frozen as constants, by the Name node that reads them. */
    public java.util.Set<Map.Entry<Expr, Object>> constantEntries() {
        return constants.entrySet();
    }

    /** The value of a global name frozen at compile time, or null when {@code e} is not one. */
    public Object constant(Expr e) {
        return constants.get(e);
    }

    public Map<String, Operator> reductions(Stmt.For loop) {
        return reductions.get(loop);
    }

    public JitType declaredReturn() {
        return declaredReturn;
    }

    /** Numba's spelling of the argument types: {@code (int64, float64)}. */
    public String signatureText() {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < argTypes.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(argTypes.get(i).typeName());
        }
        return sb.append(argTypes.size() == 1 ? ",)" : ")").toString();
    }
}
