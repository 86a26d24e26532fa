package org.krait.parser.ast;

/** An imported name; {@code name} may be dotted ({@code a.b}) or {@code *}. */
public record Alias(Pos pos, String name, String asname /* nullable */) implements Node {
}
