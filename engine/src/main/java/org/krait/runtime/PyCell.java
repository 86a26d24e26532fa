package org.krait.runtime;

/** A variable shared between a function and the closures defined inside it. Empty when {@code value == null}. */
public final class PyCell {
    public Object value;

    public PyCell(Object value) {
        this.value = value;
    }
}
