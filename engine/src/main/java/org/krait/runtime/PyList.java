package org.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import java.util.Arrays;

/**
 * A mutable sequence backed by an array that grows by half its size. A list holding only floats keeps them
 * unboxed in a {@code double[]} until anything else is stored (the storage strategy of PyPy and GraalPy):
 * numeric code then reads and writes its elements without allocating.
 */
@ExportLibrary(InteropLibrary.class)
public final class PyList extends PyObject {
    /** Exactly one of {@code items} and {@code doubles} is the storage; the other is null. */
    private Object[] items;
    private double[] doubles;
    private int size;

    public PyList() {
        this(PyType.LIST, new Object[4], 0);
    }

    public PyList(Object[] items) {
        this(PyType.LIST, items, items.length);
        if (items.length > 0 && allDoubles(items)) {
            doubles = new double[items.length];
            for (int i = 0; i < items.length; i++) {
                doubles[i] = (Double) items[i];
            }
            this.items = null;
        }
    }

    private static boolean allDoubles(Object[] items) {
        for (Object o : items) {
            if (!(o instanceof Double)) {
                return false;
            }
        }
        return true;
    }

    /** True while every element is a float stored unboxed. */
    public boolean isDoubleStorage() {
        return doubles != null;
    }

    /** Element {@code i} of a list with {@link #isDoubleStorage()}. */
    public double getDouble(int i) {
        return doubles[i];
    }

    /** Stores a float into a list with {@link #isDoubleStorage()}. */
    public void setDouble(int i, double value) {
        doubles[i] = value;
    }

    /** Switches to boxed storage, before anything but a float is stored. */
    @TruffleBoundary
    private void generalize() {
        if (doubles != null) {
            Object[] boxed = new Object[Math.max(4, doubles.length)];
            for (int i = 0; i < size; i++) {
                boxed[i] = doubles[i];
            }
            items = boxed;
            doubles = null;
        }
    }

    public PyList(PyType type, Object[] items, int size) {
        super(type);
        this.items = items;
        this.size = size;
    }

    public int size() {
        return size;
    }

    public Object get(int i) {
        return doubles != null ? (Object) doubles[i] : items[i];
    }

    public void set(int i, Object value) {
        if (doubles != null) {
            if (value instanceof Double d) {
                doubles[i] = d;
                return;
            }
            generalize();
        }
        items[i] = value;
    }

    public void append(Object value) {
        if (doubles != null) {
            if (value instanceof Double d) {
                if (size == doubles.length) {
                    doubles = Arrays.copyOf(doubles, size + (size >> 1) + 4);
                }
                doubles[size++] = d;
                return;
            }
            generalize();
        }
        if (size == items.length) {
            grow(size + 1);
        }
        items[size++] = value;
    }

    public void insert(int index, Object value) {
        generalize();
        if (size == items.length) {
            grow(size + 1);
        }
        System.arraycopy(items, index, items, index + 1, size - index);
        items[index] = value;
        size++;
    }

    public Object remove(int index) {
        generalize();
        Object v = items[index];
        System.arraycopy(items, index + 1, items, index, size - index - 1);
        items[--size] = null;
        return v;
    }

    /** Replaces items [from, to) with {@code values} (slice assignment). */
    public void replace(int from, int to, Object[] values) {
        generalize();
        int newSize = size - (to - from) + values.length;
        if (newSize > items.length) {
            grow(newSize);
        }
        System.arraycopy(items, to, items, from + values.length, size - to);
        System.arraycopy(values, 0, items, from, values.length);
        for (int i = newSize; i < size; i++) {
            items[i] = null;
        }
        size = newSize;
    }

    public void clear() {
        doubles = null;
        items = new Object[4];
        size = 0;
    }

    /** A copy of the live items. */
    public Object[] toArray() {
        if (doubles != null) {
            Object[] out = new Object[size];
            for (int i = 0; i < size; i++) {
                out[i] = doubles[i];
            }
            return out;
        }
        return Arrays.copyOf(items, size);
    }

    /** Replaces the whole content, e.g. after sorting a copy. */
    public void setAll(Object[] values) {
        doubles = null;
        items = values;
        size = values.length;
    }

    @TruffleBoundary
    private void grow(int min) {
        items = Arrays.copyOf(items, Math.max(min, items.length + (items.length >> 1) + 4));
    }

    // ---- polyglot access: a list is an array ----

    @ExportMessage
    boolean hasArrayElements() {
        return true;
    }

    @ExportMessage
    long getArraySize() {
        return size;
    }

    @ExportMessage
    boolean isArrayElementReadable(long index) {
        return index >= 0 && index < size;
    }

    @ExportMessage
    Object readArrayElement(long index) throws InvalidArrayIndexException {
        if (index < 0 || index >= size) {
            throw InvalidArrayIndexException.create(index);
        }
        return HostValues.toHost(get((int) index));
    }
}
