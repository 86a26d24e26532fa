package org.krait.jit.types;

/**
 * An argument compiled code cannot take (a list, a dict, a string): only a function running in object mode
 * ({@code nopython=False}, {@code forceobj=True}) accepts it, as the interpreter runs it.
 */
public record PyObjectType() implements JitType {
    public static final PyObjectType INSTANCE = new PyObjectType();

    @Override
    public String typeName() {
        return "pyobject";
    }

    @Override
    public String toString() {
        return typeName();
    }
}
