package org.krait.jit.infer;

import com.oracle.truffle.api.source.Source;
import org.krait.jit.JitErrors;
import org.krait.parser.ast.Expr;
import org.krait.parser.ast.Node;
import org.krait.parser.ast.Pos;
import org.krait.parser.ast.Stmt;
import org.krait.runtime.PyFunction;
import org.krait.runtime.PyModule;
import org.krait.runtime.Signature;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What compiling needs from a Python function, independent of argument types: its body, parameter names,
 * the names it assigns (its locals), the module its globals come from, and its source for messages.
 */
public final class JitFunction {
    private final PyFunction pyFunc;
    private final List<Stmt> body;
    private final Pos pos;
    private final List<String> params;
    private final Set<String> locals;

    private JitFunction(PyFunction pyFunc, List<Stmt> body, Pos pos, List<String> params, Set<String> locals) {
        this.pyFunc = pyFunc;
        this.body = body;
        this.pos = pos;
        this.params = params;
        this.locals = locals;
    }

    /** Analyses {@code f}; raises TypingError for functions jitted code can never run. */
    public static JitFunction of(PyFunction f) {
        Node def = f.code().definition();
        List<Stmt> body;
        Pos pos;
        if (def instanceof Stmt.FunctionDef d) {
            body = d.body();
            pos = d.pos();
        } else if (def instanceof Expr.Lambda l) {
            body = List.of(new Stmt.Return(l.body().pos(), l.body()));
            pos = l.pos();
        } else {
            throw JitErrors.typingError("cannot compile " + f.qualname + ": only functions and lambdas can be jitted");
        }
        if (f.code().isGenerator()) {
            throw JitErrors.typingError("cannot compile generator function '" + f.qualname + "'");
        }
        Signature sig = f.signature();
        if (sig.hasVarArgs() || sig.hasVarKw() || sig.kwOnly() > 0) {
            throw JitErrors.typingError("cannot compile '" + f.qualname
                    + "': *args, **kwargs and keyword-only parameters are not supported");
        }
        if (f.closure() != null && f.closure().length > 0) {
            throw JitErrors.typingError("cannot compile '" + f.qualname
                    + "': it uses variables of an enclosing function (closures are not supported)");
        }
        List<String> params = List.of(sig.names());
        Set<String> locals = new LinkedHashSet<>(params);
        AssignedNames.collect(body, locals);
        return new JitFunction(f, body, pos, params, locals);
    }

    public PyFunction pyFunc() {
        return pyFunc;
    }

    public String name() {
        return pyFunc.name;
    }

    public List<Stmt> body() {
        return body;
    }

    /** Position of the {@code def} (or lambda). */
    public Pos pos() {
        return pos;
    }

    public List<String> params() {
        return params;
    }

    public boolean isLocal(String name) {
        return locals.contains(name);
    }

    public PyModule globals() {
        return pyFunc.globals();
    }

    public Source source() {
        return pyFunc.code().source();
    }

    /** First and last source line of the definition, decorators included. */
    public int[] lines() {
        int first = pos.line();
        if (pyFunc.code().definition() instanceof Stmt.FunctionDef d) {
            for (Expr dec : d.decoratorList()) {
                first = Math.min(first, dec.pos().line());
            }
        }
        return new int[]{first, pos.endLine()};
    }

    /** The definition's source text (decorators included): part of the cache key. */
    public String sourceText() {
        Source s = source();
        int[] lines = lines();
        List<String> out = new ArrayList<>();
        for (int i = lines[0]; i <= lines[1]; i++) {
            out.add(SourceExcerpt.line(s, i));
        }
        return String.join("\n", out);
    }
}
