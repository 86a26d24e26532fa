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

    /** What the iteration returned when it ended ({@code return x} of a generator, for yield from and await). */
    public Object returnValue() {
        return PyNone.NONE;
    }

    /** Whether {@code iter()} and {@code next()} accept this object. */
    public boolean isIterator() {
        return true;
    }
}
