package org.krait.runtime;

/** A set or frozenset (the type tells which): a hash table without values. */
public final class PySet extends PyObject {
    private final HashTable table;

    public PySet(PyType type) {
        this(type, new HashTable());
    }

    public PySet(PyType type, HashTable table) {
        super(type);
        this.table = table;
    }

    public HashTable table() {
        return table;
    }

    public int size() {
        return table.size();
    }

    public boolean contains(Object key) {
        return table.containsKey(key);
    }

    public void add(Object key) {
        table.put(key, Boolean.TRUE);
    }

    public boolean isFrozen() {
        return type().isSubtypeOf(PyType.FROZENSET);
    }
}
