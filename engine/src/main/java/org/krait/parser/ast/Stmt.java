package org.krait.parser.ast;

import java.util.List;

/**
 * Statements. Each record takes its {@link Pos} first, then CPython's fields in CPython's order
 * (type comments omitted). Nullable fields are marked; lists are never null.
 */
public sealed interface Stmt extends Node {
    Pos pos();

    record FunctionDef(Pos pos, String name, Arguments args, List<Stmt> body, List<Expr> decoratorList,
                       Expr returns /* nullable */) implements Stmt {
    }

    record AsyncFunctionDef(Pos pos, String name, Arguments args, List<Stmt> body, List<Expr> decoratorList,
                            Expr returns /* nullable */) implements Stmt {
    }

    record ClassDef(Pos pos, String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body,
                    List<Expr> decoratorList) implements Stmt {
    }

    record Return(Pos pos, Expr value /* nullable */) implements Stmt {
    }

    record Delete(Pos pos, List<Expr> targets) implements Stmt {
    }

    record Assign(Pos pos, List<Expr> targets, Expr value) implements Stmt {
    }

    record AugAssign(Pos pos, Expr target, Operator op, Expr value) implements Stmt {
    }

    /** {@code simple} is true for a bare (unparenthesised) Name target. */
    record AnnAssign(Pos pos, Expr target, Expr annotation, Expr value /* nullable */, boolean simple)
            implements Stmt {
    }

    record For(Pos pos, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) implements Stmt {
    }

    record AsyncFor(Pos pos, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) implements Stmt {
    }

    record While(Pos pos, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {
    }

    record If(Pos pos, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {
    }

    record With(Pos pos, List<WithItem> items, List<Stmt> body) implements Stmt {
    }

    record AsyncWith(Pos pos, List<WithItem> items, List<Stmt> body) implements Stmt {
    }

    record Match(Pos pos, Expr subject, List<MatchCase> cases) implements Stmt {
    }

    record Raise(Pos pos, Expr exc /* nullable */, Expr cause /* nullable */) implements Stmt {
    }

    record Try(Pos pos, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody)
            implements Stmt {
    }

    record TryStar(Pos pos, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
                   List<Stmt> finalbody) implements Stmt {
    }

    record Assert(Pos pos, Expr test, Expr msg /* nullable */) implements Stmt {
    }

    record Import(Pos pos, List<Alias> names) implements Stmt {
    }

    /** {@code level} counts leading dots; {@code module} is null for {@code from . import x}. */
    record ImportFrom(Pos pos, String module /* nullable */, List<Alias> names, int level) implements Stmt {
    }

    record Global(Pos pos, List<String> names) implements Stmt {
    }

    record Nonlocal(Pos pos, List<String> names) implements Stmt {
    }

    /** CPython's {@code Expr} statement (an expression evaluated for its effect). */
    record ExprStmt(Pos pos, Expr value) implements Stmt {
    }

    record Pass(Pos pos) implements Stmt {
    }

    record Break(Pos pos) implements Stmt {
    }

    record Continue(Pos pos) implements Stmt {
    }
}
