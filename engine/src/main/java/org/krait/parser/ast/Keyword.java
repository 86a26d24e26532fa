package org.krait.parser.ast;

/** A keyword argument in a call or class header; {@code arg} is null for {@code **value}. */
public record Keyword(Pos pos, String arg /* nullable */, Expr value) implements Node {
}
