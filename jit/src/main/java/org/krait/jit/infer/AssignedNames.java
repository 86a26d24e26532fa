package org.krait.jit.infer;

import org.krait.parser.ast.Expr;
import org.krait.parser.ast.Stmt;

import java.util.List;
import java.util.Set;

/** The names a function body binds: Python makes exactly these local (jitted code has no global/nonlocal). */
final class AssignedNames {
    private AssignedNames() {
    }

    static void collect(List<Stmt> body, Set<String> into) {
        for (Stmt s : body) {
            statement(s, into);
        }
    }

    private static void statement(Stmt s, Set<String> into) {
        switch (s) {
            case Stmt.Assign a -> {
                a.targets().forEach(t -> target(t, into));
                expression(a.value(), into);
            }
            case Stmt.AugAssign a -> {
                target(a.target(), into);
                expression(a.value(), into);
            }
            case Stmt.AnnAssign a -> {
                if (a.value() != null) {
                    target(a.target(), into);
                }
            }
            case Stmt.For f -> {
                target(f.target(), into);
                expression(f.iter(), into);
                collect(f.body(), into);
                collect(f.orelse(), into);
            }
            case Stmt.While w -> {
                expression(w.test(), into);
                collect(w.body(), into);
                collect(w.orelse(), into);
            }
            case Stmt.If i -> {
                expression(i.test(), into);
                collect(i.body(), into);
                collect(i.orelse(), into);
            }
            case Stmt.Return r -> {
                if (r.value() != null) {
                    expression(r.value(), into);
                }
            }
            case Stmt.ExprStmt e -> expression(e.value(), into);
            default -> {
            }
        }
    }

    private static void target(Expr t, Set<String> into) {
        switch (t) {
            case Expr.Name n -> into.add(n.id());
            case Expr.TupleExpr tu -> tu.elts().forEach(e -> target(e, into));
            case Expr.ListExpr l -> l.elts().forEach(e -> target(e, into));
            case Expr.Starred st -> target(st.value(), into);
            default -> {
            }
        }
    }

    /** Walrus targets ({@code while (n := f(x)) > 0}) bind in the function too. */
    private static void expression(Expr e, Set<String> into) {
        switch (e) {
            case Expr.NamedExpr n -> {
                target(n.target(), into);
                expression(n.value(), into);
            }
            case Expr.BinOp b -> {
                expression(b.left(), into);
                expression(b.right(), into);
            }
            case Expr.UnaryOp u -> expression(u.operand(), into);
            case Expr.BoolOp b -> b.values().forEach(v -> expression(v, into));
            case Expr.Compare c -> {
                expression(c.left(), into);
                c.comparators().forEach(v -> expression(v, into));
            }
            case Expr.IfExp i -> {
                expression(i.test(), into);
                expression(i.body(), into);
                expression(i.orelse(), into);
            }
            case Expr.Call c -> {
                c.args().forEach(v -> expression(v, into));
                c.keywords().forEach(k -> expression(k.value(), into));
            }
            case Expr.TupleExpr t -> t.elts().forEach(v -> expression(v, into));
            case Expr.Subscript s -> {
                expression(s.value(), into);
                expression(s.slice(), into);
            }
            default -> {
            }
        }
    }
}
