package org.krait.runtime;

/** A dict: insertion-ordered mapping with Python key semantics. */
public final class PyDict extends PyObject {
    private final HashTable table;
    /** The module whose namespace this dict is (its table then holds cells), or null; set by the module. */
    PyModule module;

    public PyDict() {
        this(PyType.DICT, new HashTable());
    }

    public PyDict(PyType type, HashTable table) {
        super(type);
        this.table = table;
    }

    /** The module with this dict as its namespace: made the first time code runs in it (exec, eval). */
    public PyModule module() {
        return module != null ? module : new PyModule(get("__name__") instanceof String n ? n : "builtins", this);
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
