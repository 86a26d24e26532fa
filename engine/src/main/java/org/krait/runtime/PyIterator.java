package org.krait.runtime;

/** An iterator implemented in Java. {@link #next()} returns null when exhausted, so loops need no exceptions. */
public abstract class PyIterator extends PyObject {
    protected PyIterator(PyType type) {
        super(type);
    }

    protected PyIterator() {
        super(PyType.ITERATOR);
    }

    /** The next item, or null at the end. */
    public abstract Object next();
}
