package org.krait.runtime;

/**
 * A byte string: {@code bytes}, immutable, or {@code bytearray} (type {@link PyType#BYTEARRAY}), whose
 * contents change by replacing the array. Sharing the class lets every operation that reads bytes accept both.
 */
public final class PyBytes extends PyObject {
    private byte[] bytes;
    /** The memoryviews of a bytearray, which pin its size; null until it has one. */
    private BufferExports exports;

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

    /**
     * The current contents; callers must not modify the array, except memoryviews writing into a bytearray's
     * (a bytearray never shares its array: copies of it are copied).
     */
    public byte[] bytes() {
        return bytes;
    }

    /** Replaces a bytearray's contents; BufferError if that resizes it while a memoryview exports it. */
    public void set(byte[] contents) {
        if (!isByteArray()) {
            throw new IllegalStateException("bytes are immutable");
        }
        if (contents.length != bytes.length && hasExports()) {
            throw PyErrors.create(ExceptionTypes.BUFFER_ERROR, "Existing exports of data: object cannot be re-sized");
        }
        this.bytes = contents;
    }

    void addExport(PyMemoryView view) {
        if (!isByteArray()) {
            return;  // bytes never change: nothing to pin
        }
        if (exports == null) {
            exports = new BufferExports();
        }
        exports.add(view);
    }

    private boolean hasExports() {
        return exports != null && exports.any();
    }
}
