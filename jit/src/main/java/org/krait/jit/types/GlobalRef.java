package org.krait.jit.types;

/**
 * A global object that jitted code refers to by name but cannot hold in a variable: another jitted function,
 * the {@code math} module, a builtin such as {@code abs}. Typing resolves calls and attributes on it statically.
 */
public record GlobalRef(Object value, String typeName) implements JitType {
    @Override
    public boolean equals(Object o) {
        return o instanceof GlobalRef g && g.value == value;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(value);
    }

    @Override
    public String toString() {
        return typeName;
    }
}
