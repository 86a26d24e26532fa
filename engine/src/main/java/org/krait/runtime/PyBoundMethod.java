package org.krait.runtime;

/** A callable bound to the object it was looked up on ({@code obj.method}). */
public final class PyBoundMethod extends PyObject {
    public final Object self;
    public final Object function;

    public PyBoundMethod(Object self, Object function) {
        super(PyType.METHOD);
        this.self = self;
        this.function = function;
    }
}
