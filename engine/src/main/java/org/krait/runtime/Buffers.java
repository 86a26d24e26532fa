package org.krait.runtime;

/**
 * The buffer protocol for Java code: the bytes that bytes, bytearray and memoryview objects export, as CPython's
 * C functions see them through {@code PyObject_GetBuffer}.
 */
public final class Buffers {
    private Buffers() {
    }

    /** {@code length} bytes of {@code array} from {@code offset}; a bytearray's live memory unless read-only. */
    public record Region(byte[] array, int offset, int length, boolean readonly) {
        /** A copy of the bytes. */
        public byte[] copy() {
            return java.util.Arrays.copyOfRange(array, offset, offset + length);
        }
    }

    public static boolean isBuffer(Object o) {
        return o instanceof PyBytes || o instanceof PyMemoryView;
    }

    /** The contiguous bytes of a buffer (BufferError for a non-contiguous view); null if {@code o} is none. */
    public static Region regionOrNull(Object o) {
        if (o instanceof PyBytes b) {
            return new Region(b.bytes(), 0, b.bytes().length, !b.isByteArray());
        } else if (o instanceof PyMemoryView m) {
            return m.region();
        }
        return null;
    }

    /** The contiguous bytes of a bytes-like object, with "a bytes-like object is required" otherwise. */
    public static Region region(Object o) {
        Region r = regionOrNull(o);
        if (r == null) {
            throw PyErrors.typeError("a bytes-like object is required, not '" + Ops.typeName(o) + "'");
        }
        return r;
    }

    /**
     * The bytes of a contiguous buffer for reading only: the object's own array for bytes and bytearray,
     * a copy for a memoryview; null if {@code o} is no buffer.
     */
    public static byte[] bytesOrNull(Object o) {
        if (o instanceof PyBytes b) {
            return b.bytes();
        }
        Region r = regionOrNull(o);
        return r == null ? null : r.copy();
    }

    /** Like {@link #bytesOrNull}, with "a bytes-like object is required" otherwise. */
    public static byte[] bytes(Object o) {
        byte[] b = bytesOrNull(o);
        if (b == null) {
            throw PyErrors.typeError("a bytes-like object is required, not '" + Ops.typeName(o) + "'");
        }
        return b;
    }

    /**
     * The memory of a writable contiguous buffer (a bytearray or a view of one), for functions that fill it;
     * any other object, as in CPython's "w*" argument conversion, is a TypeError.
     */
    public static Region writable(Object o) {
        boolean usable = o instanceof PyBytes
                || o instanceof PyMemoryView m && !m.isReleased() && !m.isReadonly() && m.isCContiguous();
        Region r = usable ? regionOrNull(o) : null;
        if (r == null || r.readonly()) {
            throw PyErrors.typeError("argument must be read-write bytes-like object, not " + Ops.typeName(o));
        }
        return r;
    }

    /** A view of any buffer (a memoryview itself), for code that needs its format and shape. */
    static PyMemoryView view(Object o) {
        if (o instanceof PyMemoryView m) {
            m.checkReleased();
            return m;
        } else if (o instanceof PyBytes b) {
            return PyMemoryView.whole(b, false);
        }
        throw PyErrors.typeError("a bytes-like object is required, not '" + Ops.typeName(o) + "'");
    }
}
