package org.krait.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * A byte string: {@code bytes}, immutable, or {@code bytearray} (type {@link PyType#BYTEARRAY}), whose
 * contents change by replacing the array. Sharing the class lets every operation that reads bytes accept both.
 */
public final class PyBytes extends PyObject {
    private byte[] bytes;
    /**
     * The memoryviews of a bytearray, weakly: while one is neither released nor garbage, the bytearray cannot
     * change size, as CPython's export count forbids (CPython frees an unreferenced view at once; here the
     * collector must notice it, see {@link #hasExports()}).
     */
    private List<WeakReference<PyMemoryView>> exports;
    /** Size of {@link #exports} at which it is next pruned of dead views. */
    private int pruneAt;

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
            exports = new ArrayList<>();
        }
        if (exports.size() >= pruneAt) {
            prune();
            pruneAt = Math.max(16, 2 * exports.size());
        }
        exports.add(new WeakReference<>(view));
    }

    private void prune() {
        exports.removeIf(r -> !(r.get() instanceof PyMemoryView v) || !v.isExporting());
    }

    /**
     * Whether a live memoryview exports this bytearray. A view the program no longer references counts only
     * until collected, so before refusing a resize the collector runs once to find such views.
     */
    private boolean hasExports() {
        if (exports == null) {
            return false;
        }
        prune();
        if (!exports.isEmpty()) {
            System.gc();
            prune();
        }
        return !exports.isEmpty();
    }
}
