package org.krait.parser.ast;

import java.util.List;

public record ExceptHandler(Pos pos, Expr type /* nullable */, String name /* nullable */, List<Stmt> body)
        implements Node {
}
