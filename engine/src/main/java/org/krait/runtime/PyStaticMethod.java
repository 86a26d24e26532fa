package org.krait.runtime;

/** {@code staticmethod(f)}: looked up on a class or an instance, gives {@code f} itself. */
public final class PyStaticMethod extends PyObject {
    public final Object function;

    public PyStaticMethod(PyType type, Object function) {
        super(type);
        this.function = function;
    }
}
