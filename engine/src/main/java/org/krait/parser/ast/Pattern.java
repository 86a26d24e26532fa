package org.krait.parser.ast;

import java.util.List;

/** {@code match} statement patterns, mirroring CPython's {@code pattern} nodes. */
public sealed interface Pattern extends Node {
    Pos pos();

    record MatchValue(Pos pos, Expr value) implements Pattern {
    }

    /** {@code value} is Boolean.TRUE, Boolean.FALSE or {@link Expr.Constant#NONE}. */
    record MatchSingleton(Pos pos, Object value) implements Pattern {
    }

    record MatchSequence(Pos pos, List<Pattern> patterns) implements Pattern {
    }

    record MatchMapping(Pos pos, List<Expr> keys, List<Pattern> patterns, String rest /* nullable */)
            implements Pattern {
    }

    record MatchClass(Pos pos, Expr cls, List<Pattern> patterns, List<String> kwdAttrs, List<Pattern> kwdPatterns)
            implements Pattern {
    }

    /** {@code name} is null for {@code *_}. */
    record MatchStar(Pos pos, String name /* nullable */) implements Pattern {
    }

    /** Both null means the wildcard {@code _}; pattern null with a name is a capture. */
    record MatchAs(Pos pos, Pattern pattern /* nullable */, String name /* nullable */) implements Pattern {
    }

    record MatchOr(Pos pos, List<Pattern> patterns) implements Pattern {
    }
}
