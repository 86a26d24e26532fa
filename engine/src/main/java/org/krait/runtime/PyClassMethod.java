package org.krait.runtime;

/** {@code classmethod(f)}: looked up on a class or an instance, binds {@code f} to the class. */
public final class PyClassMethod extends PyObject {
    public final Object function;

    public PyClassMethod(PyType type, Object function) {
        super(type);
        this.function = function;
    }
}
