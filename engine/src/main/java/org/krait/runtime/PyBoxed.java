package org.krait.runtime;

/**
 * An instance of a program's subclass of int, float or str ({@code class Celsius(float)}, an IntEnum member):
 * the built-in value, which Krait represents as a plain Java value, together with the class. Built-in
 * operations see {@link #value}; the class's own methods and attributes come first.
 */
public final class PyBoxed extends PyObject {
    public final Object value;

    public PyBoxed(PyType type, Object value) {
        super(type);
        this.value = value;
    }

    /** The built-in value of {@code o} if it is a boxed subclass instance, else {@code o}. */
    public static Object unbox(Object o) {
        return o instanceof PyBoxed b ? b.value : o;
    }
}
