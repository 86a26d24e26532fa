package org.krait.jit.types;

/** A value that may be None: what a function returns when some paths return a value and others None. */
public record OptionalType(JitType type) implements JitType {
    @Override
    public String typeName() {
        return "OptionalType(" + type.typeName() + ")";
    }

    @Override
    public String toString() {
        return typeName();
    }
}
