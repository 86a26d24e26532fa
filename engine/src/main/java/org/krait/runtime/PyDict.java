package org.krait.runtime;

/** A dict: insertion-ordered mapping with Python key semantics. */
public final class PyDict extends PyObject {
    private final HashTable table;

    public PyDict() {
        this(PyType.DICT, new HashTable());
    }

    public PyDict(PyType type, HashTable table) {
        super(type);
        this.table = table;
    }

    public HashTable table() {
        return table;
    }

    public int size() {
        return table.size();
    }

    /** The value for {@code key}, or null when absent. */
    public Object get(Object key) {
        return table.get(key);
    }

    public void put(Object key, Object value) {
        table.put(key, value);
    }

    public Object remove(Object key) {
        return table.remove(key);
    }
}
