package org.krait.parser.ast;

/** Marker for every AST node; the node types mirror CPython 3.11's {@code ast} module. */
public sealed interface Node permits Mod, Stmt, Expr, Pattern, Arguments, Arg, Keyword, Alias, WithItem,
        Comprehension, ExceptHandler, MatchCase {
}
