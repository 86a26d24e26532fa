package org.krait.runtime;

/** An immutable sequence. */
public final class PyTuple extends PyObject {
    public static final PyTuple EMPTY = new PyTuple(new Object[0]);

    private final Object[] items;

    public PyTuple(Object[] items) {
        super(PyType.TUPLE);
        this.items = items;
    }

    public PyTuple(PyType type, Object[] items) {
        super(type);
        this.items = items;
    }

    public static PyTuple of(Object... items) {
        return new PyTuple(items);
    }

    public int size() {
        return items.length;
    }

    public Object get(int i) {
        return items[i];
    }

    /** The backing array; callers must not modify it. */
    public Object[] items() {
        return items;
    }
}
