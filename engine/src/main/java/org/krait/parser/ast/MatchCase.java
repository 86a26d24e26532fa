package org.krait.parser.ast;

import java.util.List;

public record MatchCase(Pattern pattern, Expr guard /* nullable */, List<Stmt> body) implements Node {
}
