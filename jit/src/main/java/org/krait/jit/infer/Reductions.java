package org.krait.jit.infer;

import org.krait.parser.ast.Expr;
import org.krait.parser.ast.Operator;
import org.krait.parser.ast.Stmt;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reductions of a {@code prange} loop body: variables it only updates with {@code +=}/{@code -=} (combined by
 * addition) or {@code *=}/{@code /=} (combined by multiplication). Every other variable assigned in the body is
 * private to an iteration.
 */
public final class Reductions {
    private Reductions() {
    }

    /** Variable name to the operator that combines partial results ({@code ADD} or {@code MULT}). */
    public static Map<String, Operator> find(List<Stmt> body, Typer typer) {
        Map<String, Operator> updates = new LinkedHashMap<>();
        Set<String> other = new LinkedHashSet<>();
        Set<String> read = new LinkedHashSet<>();
        scan(body, updates, other, read, typer);
        Map<String, Operator> result = new LinkedHashMap<>();
        for (Map.Entry<String, Operator> e : updates.entrySet()) {
            if (other.contains(e.getKey())) {
                continue;
            }
            if (read.contains(e.getKey())) {
                throw typer.error("'" + e.getKey() + "' is a reduction variable of a prange loop: it can only be"
                        + " updated with +=, -=, *= or /= inside the loop, not read", body.get(0).pos());
            }
            result.put(e.getKey(), e.getValue());
        }
        return result;
    }

    private static void scan(List<Stmt> body, Map<String, Operator> updates, Set<String> other, Set<String> read,
                             Typer typer) {
        for (Stmt s : body) {
            switch (s) {
                case Stmt.AugAssign a when a.target() instanceof Expr.Name n -> {
                    Operator combine = switch (a.op()) {
                        case ADD, SUB -> Operator.ADD;
                        case MULT, DIV -> Operator.MULT;
                        default -> null;
                    };
                    Operator before = updates.get(n.id());
                    if (combine == null || before != null && before != combine) {
                        other.add(n.id());
                    } else {
                        updates.put(n.id(), combine);
                    }
                    reads(a.value(), read);
                }
                case Stmt.Assign a -> {
                    a.targets().forEach(t -> targets(t, other, read));
                    reads(a.value(), read);
                }
                case Stmt.AugAssign a -> {
                    targets(a.target(), other, read);
                    reads(a.value(), read);
                }
                case Stmt.If i -> {
                    reads(i.test(), read);
                    scan(i.body(), updates, other, read, typer);
                    scan(i.orelse(), updates, other, read, typer);
                }
                case Stmt.While w -> {
                    reads(w.test(), read);
                    scan(w.body(), updates, other, read, typer);
                    scan(w.orelse(), updates, other, read, typer);
                }
                case Stmt.For f -> {
                    targets(f.target(), other, read);
                    reads(f.iter(), read);
                    scan(f.body(), updates, other, read, typer);
                    scan(f.orelse(), updates, other, read, typer);
                }
                case Stmt.Return r -> throw typer.error("'return' inside a prange loop is not supported", r.pos());
                case Stmt.ExprStmt e -> reads(e.value(), read);
                case Stmt.Assert a -> reads(a.test(), read);
                default -> {
                }
            }
        }
    }

    private static void targets(Expr t, Set<String> assigned, Set<String> read) {
        switch (t) {
            case Expr.Name n -> assigned.add(n.id());
            case Expr.TupleExpr tu -> tu.elts().forEach(e -> targets(e, assigned, read));
            case Expr.ListExpr l -> l.elts().forEach(e -> targets(e, assigned, read));
            default -> reads(t, read); // a[i] = ... reads a and i
        }
    }

    /** Every name an expression reads. */
    private static void reads(Expr e, Set<String> read) {
        switch (e) {
            case Expr.Name n -> read.add(n.id());
            case Expr.BinOp b -> {
                reads(b.left(), read);
                reads(b.right(), read);
            }
            case Expr.UnaryOp u -> reads(u.operand(), read);
            case Expr.BoolOp b -> b.values().forEach(v -> reads(v, read));
            case Expr.Compare c -> {
                reads(c.left(), read);
                c.comparators().forEach(v -> reads(v, read));
            }
            case Expr.IfExp i -> {
                reads(i.test(), read);
                reads(i.body(), read);
                reads(i.orelse(), read);
            }
            case Expr.Call c -> {
                reads(c.func(), read);
                c.args().forEach(v -> reads(v, read));
                c.keywords().forEach(k -> reads(k.value(), read));
            }
            case Expr.TupleExpr t -> t.elts().forEach(v -> reads(v, read));
            case Expr.Subscript s -> {
                reads(s.value(), read);
                reads(s.slice(), read);
            }
            case Expr.Slice s -> {
                for (Expr p : new Expr[]{s.lower(), s.upper(), s.step()}) {
                    if (p != null) {
                        reads(p, read);
                    }
                }
            }
            case Expr.Attribute a -> reads(a.value(), read);
            case Expr.NamedExpr n -> reads(n.value(), read);
            default -> {
            }
        }
    }
}
