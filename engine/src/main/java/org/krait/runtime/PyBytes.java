package org.krait.runtime;

/** An immutable byte string. */
public final class PyBytes extends PyObject {
    private final byte[] bytes;

    public PyBytes(byte[] bytes) {
        super(PyType.BYTES);
        this.bytes = bytes;
    }

    /** The backing array; callers must not modify it. */
    public byte[] bytes() {
        return bytes;
    }
}
