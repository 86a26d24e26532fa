/**
 * The Krait AST: a mirror of CPython 3.11's {@code ast} module.
 *
 * <p>Naming: node and field names follow CPython, with fields in camelCase ({@code decorator_list} ->
 * {@code decoratorList}). Statement and expression nodes are records nested in {@link org.krait.parser.ast.Stmt}
 * and {@link org.krait.parser.ast.Expr}, each taking a {@link org.krait.parser.ast.Pos} as first component.
 * Renamed to avoid clashes: CPython's {@code Expr} statement is {@code Stmt.ExprStmt}; {@code List},
 * {@code Tuple}, {@code Set}, {@code Dict} are {@code Expr.ListExpr}, {@code TupleExpr}, {@code SetExpr},
 * {@code DictExpr}. Lower-case CPython helper nodes are top-level records here: {@code Arguments}, {@code Arg},
 * {@code Keyword}, {@code Alias}, {@code WithItem}, {@code Comprehension}, {@code ExceptHandler},
 * {@code MatchCase}; patterns are nested in {@link org.krait.parser.ast.Pattern}.
 *
 * <p>Lists are never null (empty when absent) and must not be mutated. Nullable fields are marked in the
 * record declarations. Records use value equality: key identity maps (IdentityHashMap) by node when you need
 * per-node data. Omitted from CPython: {@code type_comment}, {@code type_ignores}, {@code Constant.kind}.
 */
package org.krait.parser.ast;
