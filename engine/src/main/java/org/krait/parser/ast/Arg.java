package org.krait.parser.ast;

/** One parameter. */
public record Arg(Pos pos, String arg, Expr annotation /* nullable */) implements Node {
}
