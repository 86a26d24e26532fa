package org.krait.parser.ast;

public record WithItem(Expr contextExpr, Expr optionalVars /* nullable */) implements Node {
}
