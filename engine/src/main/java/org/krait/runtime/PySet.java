package org.krait.runtime;

/**
 * A set or frozenset (the type tells which). Its {@link SetTable} has CPython 3.11's slot layout, so items
 * iterate (and print) in CPython's order.
 */
public final class PySet extends PyObject {
    private final SetTable table;

    public PySet(PyType type) {
        this(type, new SetTable());
    }

    public PySet(PyType type, SetTable table) {
        super(type);
        this.table = table;
    }

    public SetTable table() {
        return table;
    }

    public int size() {
        return table.size();
    }

    public boolean contains(Object key) {
        return table.contains(key);
    }

    public void add(Object key) {
        table.add(key);
    }

    /** Removes {@code key}; returns whether it was present. */
    public boolean discard(Object key) {
        return table.discard(key);
    }

    /** Iterates in slot order; raises RuntimeError when the set changes size meanwhile. */
    public PyIterator iterator() {
        return table.iterator();
    }

    public boolean isFrozen() {
        return type().isSubtypeOf(PyType.FROZENSET);
    }
}
