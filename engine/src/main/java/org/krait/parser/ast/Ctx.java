package org.krait.parser.ast;

/** Expression context: read, assignment target, or del target. */
public enum Ctx {
    LOAD, STORE, DEL
}
