package org.krait.runtime;

/**
 * The hash table behind set and frozenset. It reproduces the slot layout of CPython 3.11's set so that
 * iteration (slot order) yields items in the same order CPython does for the same sequence of operations:
 * <ul>
 * <li>open addressing over a power-of-two slot array that starts with 8 slots;</li>
 * <li>a probe first looks at the home slot {@code hash & mask} and, when the next 9 slots are inside the
 * table, at those too; then it jumps with {@code perturb >>>= 5; i = (5 * i + 1 + perturb) & mask};</li>
 * <li>removal leaves a tombstone; an insertion takes the last tombstone it passed before reaching a free slot,
 * otherwise the free slot;</li>
 * <li>{@code fill} counts live entries plus tombstones; filling a free slot so that {@code fill * 5 >= mask * 3}
 * rebuilds the table with more than {@code 4 * used} slots ({@code 2 * used} above 50000 items), re-inserting
 * the live entries in old slot order;</li>
 * <li>{@link #pop()} scans from a finger that survives {@link #clear()} and rebuilds.</li>
 * </ul>
 * Keys are hashed once with {@link Ops#hash} and compared with {@link Ops#keyEquals}; hashes are stored.
 */
public final class SetTable {
    public static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** Placeholder key of a removed entry. */
    private static final Object TOMBSTONE = new Object();

    private Object[] keys = new Object[MIN_SIZE];
    private long[] hashes = new long[MIN_SIZE];
    private int mask = MIN_SIZE - 1;
    /** Live entries plus tombstones. */
    private int fill;
    /** Live entries. */
    private int used;
    /** Where the next {@link #pop()} starts looking. */
    private int finger;

    public int size() {
        return used;
    }

    /** Number of slots; slot positions run from 0 to {@code slots() - 1}. */
    public int slots() {
        return mask + 1;
    }

    /** Key in slot {@code i}, or null when the slot is free or a tombstone. */
    public Object keyAt(int i) {
        Object k = keys[i];
        return k == TOMBSTONE ? null : k;
    }

    /** Stored hash of the key in slot {@code i} (only meaningful when {@link #keyAt} is not null). */
    public long hashAt(int i) {
        return hashes[i];
    }

    /** The live keys in slot (iteration) order. */
    public Object[] toArray() {
        Object[] out = new Object[used];
        int n = 0;
        for (int i = 0; i <= mask && n < out.length; i++) {
            Object k = keys[i];
            if (k != null && k != TOMBSTONE) {
                out[n++] = k;
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    public boolean contains(Object key) {
        return lookup(key, Ops.hash(key)) >= 0;
    }

    public boolean containsEntry(Object key, long hash) {
        return lookup(key, hash) >= 0;
    }

    /** Adds {@code key}; returns false when an equal key was already present (that key stays). */
    public boolean add(Object key) {
        return addEntry(key, Ops.hash(key));
    }

    /** Adds {@code key} whose hash is already known. */
    public boolean addEntry(Object key, long hash) {
        restart:
        while (true) {
            final Object[] table = keys;
            final int m = mask;
            long perturb = hash;
            int i = (int) (hash & m);
            int freeSlot = -1;
            while (true) {
                int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
                int j = i;
                while (true) {
                    Object k = table[j];
                    if (k == null) {
                        if (freeSlot >= 0) {
                            table[freeSlot] = key;
                            hashes[freeSlot] = hash;
                            used++;
                            return true;
                        }
                        table[j] = key;
                        hashes[j] = hash;
                        fill++;
                        used++;
                        if ((long) fill * 5 >= (long) m * 3) {
                            resize(used > 50000 ? (long) used * 2 : (long) used * 4);
                        }
                        return true;
                    }
                    if (k == TOMBSTONE) {
                        freeSlot = j;
                    } else if (hashes[j] == hash) {
                        if (k == key) {
                            return false;
                        }
                        boolean equal = Ops.keyEquals(k, key);
                        if (equal) {
                            return false;
                        }
                        if (keys != table || table[j] != k) {
                            // __eq__ changed the set under us: start over like CPython does
                            continue restart;
                        }
                    }
                    if (probes-- == 0) {
                        break;
                    }
                    j++;
                }
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    /** Removes {@code key}; returns whether it was present. */
    public boolean discard(Object key) {
        return discardEntry(key, Ops.hash(key));
    }

    public boolean discardEntry(Object key, long hash) {
        int i = lookup(key, hash);
        if (i < 0) {
            return false;
        }
        keys[i] = TOMBSTONE;
        hashes[i] = -1;
        used--;
        return true;
    }

    /** Removes and returns an arbitrary key the way CPython's {@code set.pop()} picks it; null when empty. */
    public Object pop() {
        if (used == 0) {
            return null;
        }
        int i = finger & mask;
        while (keys[i] == null || keys[i] == TOMBSTONE) {
            i++;
            if (i > mask) {
                i = 0;
            }
        }
        Object k = keys[i];
        keys[i] = TOMBSTONE;
        hashes[i] = -1;
        used--;
        finger = i + 1;
        return k;
    }

    /** Empties the table back to 8 slots (the pop finger is kept, as in CPython). */
    public void clear() {
        keys = new Object[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        mask = MIN_SIZE - 1;
        fill = 0;
        used = 0;
    }

    /** A new table with the same keys, built the way {@code set(other_set)} builds it. */
    public SetTable copy() {
        SetTable t = new SetTable();
        t.merge(this);
        return t;
    }

    /** Takes over the slots of {@code other} (which must not be used afterwards); the finger is kept. */
    public void takeContents(SetTable other) {
        keys = other.keys;
        hashes = other.hashes;
        mask = other.mask;
        fill = other.fill;
        used = other.used;
    }

    /** Adds all keys of another set table, as CPython's {@code set_merge}. */
    public void merge(SetTable other) {
        if (other == this || other.used == 0) {
            return;
        }
        // one resize up front instead of several while inserting
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((long) (used + other.used) * 2);
        }
        Object[] ok = other.keys;
        long[] oh = other.hashes;
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            // same size, no tombstones: the layout carries over slot for slot
            System.arraycopy(ok, 0, keys, 0, ok.length);
            System.arraycopy(oh, 0, hashes, 0, oh.length);
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int i = 0; i <= other.mask; i++) {
                Object k = ok[i];
                if (k != null && k != TOMBSTONE) {
                    insertClean(k, oh[i]);
                }
            }
            return;
        }
        for (int i = 0; i <= other.mask; i++) {
            Object k = other.keys[i];
            if (k != null && k != TOMBSTONE) {
                addEntry(k, other.hashes[i]);
            }
        }
    }

    /** Adds the keys of a dict in dict order, as CPython's set update from an exact dict. */
    public void mergeDict(HashTable dict) {
        int n = dict.size();
        if ((long) (fill + n) * 5 >= (long) mask * 3) {
            resize((long) (used + n) * 2);
        }
        for (int i = 0; i < dict.entryLimit(); i++) {
            Object k = dict.keyAt(i);
            if (k != null) {
                addEntry(k, Ops.hash(k));
            }
        }
    }

    /** Rebuilds with tombstones dropped when more than a quarter of the slots are tombstones. */
    public void purgeTombstonesIfMany() {
        if (fill - used <= mask / 4) {
            return;
        }
        resize(used > 50000 ? (long) used * 2 : (long) used * 4);
    }

    /** Rebuilds with the smallest power-of-two size (at least 8) above {@code minUsed}. */
    private void resize(long minUsed) {
        long newSize = MIN_SIZE;
        while (newSize <= minUsed) {
            newSize <<= 1;
        }
        if (newSize > (1 << 30)) {
            throw PyErrors.create(ExceptionTypes.MEMORY_ERROR, "");
        }
        if (newSize == MIN_SIZE && mask == MIN_SIZE - 1 && fill == used) {
            return; // already minimal and without tombstones: CPython leaves the layout alone
        }
        Object[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new Object[(int) newSize];
        hashes = new long[(int) newSize];
        mask = (int) newSize - 1;
        fill = used;
        for (int i = 0; i < oldKeys.length; i++) {
            Object k = oldKeys[i];
            if (k != null && k != TOMBSTONE) {
                insertClean(k, oldHashes[i]);
            }
        }
    }

    /** Puts a key known to be absent into the first free slot of its probe sequence (no tombstones exist). */
    private void insertClean(Object key, long hash) {
        final int m = mask;
        long perturb = hash;
        int i = (int) (hash & m);
        while (true) {
            if (keys[i] == null) {
                keys[i] = key;
                hashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= m) {
                for (int j = i + 1; j <= i + LINEAR_PROBES; j++) {
                    if (keys[j] == null) {
                        keys[j] = key;
                        hashes[j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    /** Slot of the key equal to {@code key}, or -1. */
    private int lookup(Object key, long hash) {
        restart:
        while (true) {
            final Object[] table = keys;
            final int m = mask;
            long perturb = hash;
            int i = (int) (hash & m);
            while (true) {
                int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
                int j = i;
                while (true) {
                    Object k = table[j];
                    if (k == null) {
                        return -1;
                    }
                    if (k != TOMBSTONE && hashes[j] == hash) {
                        if (k == key) {
                            return j;
                        }
                        boolean equal = Ops.keyEquals(k, key);
                        if (keys != table || table[j] != k) {
                            continue restart;
                        }
                        if (equal) {
                            return j;
                        }
                    }
                    if (probes-- == 0) {
                        break;
                    }
                    j++;
                }
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    /**
     * An iterator over the keys in slot order. Like CPython's set iterator it fails with
     * {@code RuntimeError: Set changed size during iteration} once the number of items differs from when it
     * started (and keeps failing).
     */
    public PyIterator iterator() {
        return new PyIterator() {
            private int pos;
            private int expected = used;
            private boolean done;

            @Override
            public Object next() {
                if (done) {
                    return null;
                }
                if (expected != used) {
                    expected = -1;
                    throw PyErrors.runtimeError("Set changed size during iteration");
                }
                Object[] table = keys;
                while (pos < table.length) {
                    Object k = table[pos++];
                    if (k != null && k != TOMBSTONE) {
                        return k;
                    }
                }
                done = true;
                return null;
            }
        };
    }
}
