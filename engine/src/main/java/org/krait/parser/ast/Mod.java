package org.krait.parser.ast;

import java.util.List;

/** Top-level parse results (CPython {@code mod}). */
public sealed interface Mod extends Node {
    /** A file or {@code -c} source. (CPython's {@code type_ignores} is always empty and omitted.) */
    record Module(List<Stmt> body) implements Mod {
    }

    /** One REPL input. */
    record Interactive(List<Stmt> body) implements Mod {
    }

    /** Input of {@code eval()}. */
    record Expression(Expr body) implements Mod {
    }
}
