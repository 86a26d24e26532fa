package org.krait.jit.infer;

import org.krait.parser.ast.Expr;
import org.krait.parser.ast.Stmt;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Finds the reads of local variables that may run before the variable is assigned ({@code if c: x = 1} then
 * {@code return x}). Python raises UnboundLocalError there; compiled code keeps a "defined" flag for such
 * variables and checks it at exactly these reads (Numba instead reads an undefined value).
 */
public final class DefiniteAssignment {
    private final JitFunction fn;
    private final Set<Expr.Name> uncertain = Collections.newSetFromMap(new IdentityHashMap<>());

    private DefiniteAssignment(JitFunction fn) {
        this.fn = fn;
    }

    /** The Name nodes whose read needs a check. */
    public static Set<Expr.Name> uncertainReads(JitFunction fn) {
        DefiniteAssignment da = new DefiniteAssignment(fn);
        da.block(fn.body(), new HashSet<>(fn.params()));
        return da.uncertain;
    }

    /** Returns the variables definitely assigned after {@code body}, or null when it never completes. */
    private Set<String> block(List<Stmt> body, Set<String> in) {
        Set<String> cur = in;
        for (Stmt s : body) {
            if (cur == null) {
                return null; // the rest is unreachable
            }
            cur = statement(s, cur);
        }
        return cur;
    }

    private Set<String> statement(Stmt s, Set<String> in) {
        switch (s) {
            case Stmt.Assign a -> {
                reads(a.value(), in);
                Set<String> out = new HashSet<>(in);
                for (Expr t : a.targets()) {
                    if (t instanceof Expr.Subscript sub) {
                        reads(sub, in); // a[i] = v reads a and i
                    } else {
                        target(t, out);
                    }
                }
                return out;
            }
            case Stmt.AugAssign a -> {
                reads(a.target(), in);
                reads(a.value(), in);
                return in;
            }
            case Stmt.AnnAssign a -> {
                if (a.value() == null) {
                    return in;
                }
                reads(a.value(), in);
                Set<String> out = new HashSet<>(in);
                target(a.target(), out);
                return out;
            }
            case Stmt.If i -> {
                Set<String> afterTest = copy(in);
                reads(i.test(), afterTest);
                return meet(block(i.body(), copy(afterTest)), block(i.orelse(), copy(afterTest)));
            }
            case Stmt.While w -> {
                Set<String> afterTest = copy(in);
                reads(w.test(), afterTest);
                block(w.body(), copy(afterTest));
                Set<String> orelse = block(w.orelse(), copy(afterTest));
                return orelse == null ? afterTest : orelse;
            }
            case Stmt.For f -> {
                reads(f.iter(), in);
                Set<String> bodyIn = new HashSet<>(in);
                target(f.target(), bodyIn);
                block(f.body(), bodyIn);
                Set<String> orelse = block(f.orelse(), copy(in));
                return orelse == null ? in : orelse;
            }
            case Stmt.Return r -> {
                if (r.value() != null) {
                    reads(r.value(), in);
                }
                return null;
            }
            case Stmt.Raise r -> {
                if (r.exc() != null) {
                    reads(r.exc(), in);
                }
                return null;
            }
            case Stmt.Break b -> {
                return null;
            }
            case Stmt.Continue c -> {
                return null;
            }
            case Stmt.ExprStmt e -> {
                Set<String> out = copy(in);
                reads(e.value(), out);
                return out;
            }
            case Stmt.Assert a -> {
                reads(a.test(), in);
                if (a.msg() != null) {
                    reads(a.msg(), in);
                }
                return in;
            }
            default -> {
                return in;
            }
        }
    }

    private static Set<String> copy(Set<String> s) {
        return new HashSet<>(s);
    }

    /** Both paths' assignments; an unreachable path (null) does not constrain. */
    private static Set<String> meet(Set<String> a, Set<String> b) {
        if (a == null) {
            return b;
        } else if (b == null) {
            return a;
        }
        a.retainAll(b);
        return a;
    }

    private static void target(Expr t, Set<String> out) {
        switch (t) {
            case Expr.Name n -> out.add(n.id());
            case Expr.TupleExpr tu -> tu.elts().forEach(e -> target(e, out));
            case Expr.ListExpr l -> l.elts().forEach(e -> target(e, out));
            default -> {
            }
        }
    }

    /** Marks the reads in {@code e} of locals not in {@code assigned} (which walrus targets join). */
    private void reads(Expr e, Set<String> assigned) {
        switch (e) {
            case Expr.Name n -> {
                if (fn.isLocal(n.id()) && !assigned.contains(n.id())) {
                    uncertain.add(n);
                }
            }
            case Expr.BinOp b -> {
                reads(b.left(), assigned);
                reads(b.right(), assigned);
            }
            case Expr.UnaryOp u -> reads(u.operand(), assigned);
            case Expr.BoolOp b -> b.values().forEach(v -> reads(v, assigned));
            case Expr.Compare c -> {
                reads(c.left(), assigned);
                c.comparators().forEach(v -> reads(v, assigned));
            }
            case Expr.IfExp i -> {
                reads(i.test(), assigned);
                reads(i.body(), assigned);
                reads(i.orelse(), assigned);
            }
            case Expr.Call c -> {
                reads(c.func(), assigned);
                c.args().forEach(v -> reads(v, assigned));
                c.keywords().forEach(k -> reads(k.value(), assigned));
            }
            case Expr.TupleExpr t -> t.elts().forEach(v -> reads(v, assigned));
            case Expr.Subscript s -> {
                reads(s.value(), assigned);
                reads(s.slice(), assigned);
            }
            case Expr.Slice s -> {
                for (Expr p : new Expr[]{s.lower(), s.upper(), s.step()}) {
                    if (p != null) {
                        reads(p, assigned);
                    }
                }
            }
            case Expr.Attribute a -> reads(a.value(), assigned);
            case Expr.NamedExpr n -> {
                reads(n.value(), assigned);
                target(n.target(), assigned); // the walrus assigns as it is evaluated
            }
            default -> {
            }
        }
    }
}
