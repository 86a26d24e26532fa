package org.krait.jit.infer;

import org.krait.parser.ast.Expr;
import org.krait.parser.ast.Stmt;

import java.util.List;

/** Whether control can run past the end of a statement list (so a function falls off its end and returns None). */
final class Flow {
    private Flow() {
    }

    static boolean canFallOff(List<Stmt> body) {
        for (Stmt s : body) {
            if (!completes(s)) {
                return false;
            }
        }
        return true;
    }

    /** Whether execution can continue after {@code s}. */
    private static boolean completes(Stmt s) {
        return switch (s) {
            case Stmt.Return r -> false;
            case Stmt.Raise r -> false;
            case Stmt.If i -> canFallOff(i.body()) || canFallOff(i.orelse());
            case Stmt.While w -> !isTrue(w.test()) || breaks(w.body());
            default -> true;
        };
    }

    private static boolean isTrue(Expr e) {
        return e instanceof Expr.Constant c && (Boolean.TRUE.equals(c.value())
                || c.value() instanceof Long l && l != 0);
    }

    /** Whether a loop body contains a break of this loop (not of a nested one). */
    static boolean breaks(List<Stmt> body) {
        for (Stmt s : body) {
            boolean found = switch (s) {
                case Stmt.Break b -> true;
                case Stmt.If i -> breaks(i.body()) || breaks(i.orelse());
                default -> false;
            };
            if (found) {
                return true;
            }
        }
        return false;
    }
}
