package org.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Insertion-ordered hash table with Python key semantics ({@code __hash__}/{@code __eq__}), shared by dict
 * and set. Like CPython's compact dict: a sparse index array points into dense, ordered entry arrays;
 * deleted entries leave holes that are squeezed out when the table grows. Lookups are boundaries: a probe loop
 * with programs' {@code __hash__}/{@code __eq__} behind it would make every compiled dict access a large graph.
 *
 * <p>A module's namespace is a table that {@linkplain #useCells() holds cells}: the value of each str key sits in a
 * {@link PyCell} that compiled code caches and reads directly. A cell's value is null exactly while its name is
 * not in the table, so a global deleted or not yet bound reads as unbound through its cell.
 */
public final class HashTable {
    private static final int EMPTY = -1;
    private static final int DELETED = -2;

    private int[] index = emptyIndex(8);
    private long[] hashes = new long[5];
    private Object[] keys = new Object[5];
    private Object[] values = new Object[5];
    /** Entries in use including holes; the next entry goes at {@code used}. */
    private int used;
    private int size;
    /** Bumped on every insertion or deletion so iterators can detect changes. */
    private int version;
    /**
     * The entry of the str key found last, while {@link #version} is still {@link #lastVersion} (entries move
     * only when keys come or go). Programs look up the same key object several times in a row ({@code d[k] +=
     * 1}, {@code if k in d: d[k] += 1}, {@code d[k] = d.get(k, 0) + 1}): the second and later lookups are an
     * identity check. Only str keys: their hash and equality cannot change.
     */
    private Object lastKey;
    private int lastEntry;
    private int lastVersion;
    /** The cell of every global name handed out or bound, for a module's namespace; null for other tables. */
    private Map<String, PyCell> cells;

    public int size() {
        return size;
    }

    public int version() {
        return version;
    }

    /** Capacity of the dense entry arrays; entry positions run from 0 to {@code entryLimit() - 1}. */
    public int entryLimit() {
        return used;
    }

    /** Key of entry {@code i}, or null for a hole. */
    public Object keyAt(int i) {
        return keys[i];
    }

    public Object valueAt(int i) {
        return value(i);
    }

    /** Makes this table a module's namespace, in place (the dict keeps its identity and contents). */
    public void useCells() {
        if (cells != null) {
            return;
        }
        cells = new HashMap<>();
        for (int i = 0; i < used; i++) {
            if (keys[i] instanceof String name) {
                values[i] = bind(name, values[i]);
            }
        }
    }

    /** The cell of a global name, unbound (null value) until the name is stored. Only for namespaces. */
    @TruffleBoundary
    public PyCell cell(String name) {
        return cells.computeIfAbsent(name, k -> new PyCell(null));
    }

    private PyCell bind(String name, Object value) {
        PyCell c = cell(name);
        c.value = value;
        return c;
    }

    private boolean inCell(int e) {
        return cells != null && keys[e] instanceof String;
    }

    private Object value(int e) {
        return inCell(e) ? ((PyCell) values[e]).value : values[e];
    }

    @TruffleBoundary
    public Object get(Object key) {
        int e = find(key, Ops.hash(key));
        return e < 0 ? null : value(e);
    }

    @TruffleBoundary
    public boolean containsKey(Object key) {
        return find(key, Ops.hash(key)) >= 0;
    }

    /** Stores {@code value} under {@code key}; an existing equal key keeps its position (and identity). */
    @TruffleBoundary
    public void put(Object key, Object value) {
        long h = Ops.hash(key);
        int e = find(key, h);
        if (e >= 0) {
            if (inCell(e)) {
                ((PyCell) values[e]).value = value;
            } else {
                values[e] = value;
            }
            return;
        }
        if (used == keys.length) {
            resize();
        }
        hashes[used] = h;
        keys[used] = key;
        values[used] = cells != null && key instanceof String name ? bind(name, value) : value;
        insertIndex(h, used);
        used++;
        size++;
        version++;
    }

    /** Removes {@code key}; returns its value or null when absent. */
    @TruffleBoundary
    public Object remove(Object key) {
        long h = Ops.hash(key);
        int mask = index.length - 1;
        for (long perturb = h, i = h & mask; ; perturb >>>= 5, i = (5 * i + 1 + perturb) & mask) {
            int e = index[(int) i];
            if (e == EMPTY) {
                return null;
            }
            if (e >= 0 && hashes[e] == h && Ops.keyEquals(keys[e], key)) {
                Object v = value(e);
                if (inCell(e)) {
                    ((PyCell) values[e]).value = null;
                }
                index[(int) i] = DELETED;
                keys[e] = null;
                values[e] = null;
                size--;
                version++;
                return v;
            }
        }
    }

    /** Removes and returns the entry position of the last item, for {@code popitem}; -1 when empty. */
    public int lastEntry() {
        for (int i = used - 1; i >= 0; i--) {
            if (keys[i] != null) {
                return i;
            }
        }
        return -1;
    }

    public void clear() {
        for (int i = 0; i < used; i++) {
            if (inCell(i)) {
                ((PyCell) values[i]).value = null;
            }
        }
        index = emptyIndex(8);
        hashes = new long[5];
        keys = new Object[5];
        values = new Object[5];
        used = 0;
        size = 0;
        version++;
    }

    public HashTable copy() {
        HashTable t = new HashTable();
        t.index = index.clone();
        t.hashes = hashes.clone();
        t.keys = keys.clone();
        t.values = values.clone();
        for (int i = 0; i < used; i++) {
            t.values[i] = value(i);  // a copy of a namespace is a plain dict
        }
        t.used = used;
        t.size = size;
        return t;
    }

    private int find(Object key, long h) {
        if (key == lastKey && version == lastVersion) {
            return lastEntry;
        }
        int mask = index.length - 1;
        for (long perturb = h, i = h & mask; ; perturb >>>= 5, i = (5 * i + 1 + perturb) & mask) {
            int e = index[(int) i];
            if (e == EMPTY) {
                return -1;
            }
            if (e >= 0 && hashes[e] == h && Ops.keyEquals(keys[e], key)) {
                if (key instanceof String) {
                    lastKey = key;
                    lastEntry = e;
                    lastVersion = version;
                }
                return e;
            }
        }
    }

    private void insertIndex(long h, int entry) {
        int mask = index.length - 1;
        for (long perturb = h, i = h & mask; ; perturb >>>= 5, i = (5 * i + 1 + perturb) & mask) {
            if (index[(int) i] < 0) {
                index[(int) i] = entry;
                return;
            }
        }
    }

    /** Squeezes out holes and rebuilds the index with room for growth (load factor at most 2/3). */
    private void resize() {
        int capacity = Math.max(5, size * 2 + 1);
        int indexSize = Integer.highestOneBit(capacity * 3 / 2) << 1;
        long[] nh = new long[capacity];
        Object[] nk = new Object[capacity];
        Object[] nv = new Object[capacity];
        int n = 0;
        for (int i = 0; i < used; i++) {
            if (keys[i] != null) {
                nh[n] = hashes[i];
                nk[n] = keys[i];
                nv[n] = values[i];
                n++;
            }
        }
        hashes = nh;
        keys = nk;
        values = nv;
        used = n;
        index = emptyIndex(indexSize);
        for (int i = 0; i < n; i++) {
            insertIndex(hashes[i], i);
        }
    }

    private static int[] emptyIndex(int n) {
        int[] a = new int[n];
        Arrays.fill(a, EMPTY);
        return a;
    }
}
