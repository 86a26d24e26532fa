package org.krait.runtime;

/**
 * A variable shared between a function and the closures defined inside it (a function's {@code __closure__}
 * holds them). Empty when {@code value == null}.
 */
public final class PyCell extends PyObject {
    public Object value;

    public PyCell(Object value) {
        super(PyType.CELL);
        this.value = value;
    }
}
