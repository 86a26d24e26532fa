package org.krait.runtime;

/**
 * A byte string: {@code bytes}, immutable, or {@code bytearray} (type {@link PyType#BYTEARRAY}), whose
 * contents change by replacing the array. Sharing the class lets every operation that reads bytes accept both.
 */
public final class PyBytes extends PyObject {
    private byte[] bytes;

    public PyBytes(byte[] bytes) {
        super(PyType.BYTES);
        this.bytes = bytes;
    }

    /** A bytearray holding {@code bytes} (which it owns from now on). */
    public static PyBytes bytearray(byte[] bytes) {
        PyBytes b = new PyBytes(bytes);
        b.setType(PyType.BYTEARRAY);
        return b;
    }

    public boolean isByteArray() {
        return type() != PyType.BYTES && type().isSubtypeOf(PyType.BYTEARRAY);
    }

    /** The current contents; callers must not modify the array (a bytearray replaces it through {@link #set}). */
    public byte[] bytes() {
        return bytes;
    }

    /** Replaces a bytearray's contents. */
    public void set(byte[] contents) {
        if (!isByteArray()) {
            throw new IllegalStateException("bytes are immutable");
        }
        this.bytes = contents;
    }
}
