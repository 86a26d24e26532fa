package org.krait.runtime;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import java.util.Arrays;

/** A mutable sequence backed by an array that grows by half its size. */
@ExportLibrary(InteropLibrary.class)
public final class PyList extends PyObject {
    private Object[] items;
    private int size;

    public PyList() {
        this(PyType.LIST, new Object[4], 0);
    }

    public PyList(Object[] items) {
        this(PyType.LIST, items, items.length);
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
        return items[i];
    }

    public void set(int i, Object value) {
        items[i] = value;
    }

    public void append(Object value) {
        if (size == items.length) {
            grow(size + 1);
        }
        items[size++] = value;
    }

    public void insert(int index, Object value) {
        if (size == items.length) {
            grow(size + 1);
        }
        System.arraycopy(items, index, items, index + 1, size - index);
        items[index] = value;
        size++;
    }

    public Object remove(int index) {
        Object v = items[index];
        System.arraycopy(items, index + 1, items, index, size - index - 1);
        items[--size] = null;
        return v;
    }

    /** Replaces items [from, to) with {@code values} (slice assignment). */
    public void replace(int from, int to, Object[] values) {
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
        items = new Object[4];
        size = 0;
    }

    /** A copy of the live items. */
    public Object[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /** Replaces the whole content, e.g. after sorting a copy. */
    public void setAll(Object[] values) {
        items = values;
        size = values.length;
    }

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
        return HostValues.toHost(items[(int) index]);
    }
}
