package org.krait.runtime;

/**
 * A Krait object whose behaviour is implemented in a module outside the engine (the {@code @jit} dispatcher):
 * attribute access, {@code repr()} and calls ask the object itself.
 */
public interface HostObject {
    /** The attribute called {@code name}, or null when there is none. */
    Object attribute(String name);

    String repr();

    default boolean isCallable() {
        return false;
    }

    /** Called only when {@link #isCallable()}. */
    default Object call(Object[] args, String[] kwNames, Object[] kwValues) {
        throw PyErrors.notCallable(this);
    }
}
