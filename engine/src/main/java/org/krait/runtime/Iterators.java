package org.krait.runtime;

/** The iterators of the built-in containers. */
public final class Iterators {
    private Iterators() {
    }

    public static PyIterator of(PyList list) {
        return new PyIterator(PyType.LIST_ITERATOR) {
            private int i;

            @Override
            public Object next() {
                return i < list.size() ? list.get(i++) : null;
            }
        };
    }

    /** Iterates a tuple's items. */
    public static PyIterator of(Object[] items) {
        return new PyIterator(PyType.TUPLE_ITERATOR) {
            private int i;

            @Override
            public Object next() {
                return i < items.length ? items[i++] : null;
            }
        };
    }

    public static PyIterator of(PyRange r) {
        return r.iterator(false);
    }

    /** Iterates a str by code point. */
    public static PyIterator of(String s) {
        return new PyIterator(s.chars().allMatch(c -> c < 128) ? PyType.STR_ASCII_ITERATOR : PyType.STR_ITERATOR) {
            private int i;

            @Override
            public Object next() {
                if (i >= s.length()) {
                    return null;
                }
                int cp = s.codePointAt(i);
                int n = Character.charCount(cp);
                String c = n == 1 ? Strings.charAt(s.charAt(i)) : s.substring(i, i + n);
                i += n;
                return c;
            }
        };
    }

    public static PyIterator of(PyBytes b) {
        return new PyIterator(PyType.BYTES_ITERATOR) {
            private int i;

            @Override
            public Object next() {
                return i < b.bytes().length ? (long) (b.bytes()[i++] & 0xff) : null;
            }
        };
    }

    /** What a dict or set iterator yields per entry. */
    public enum Kind { KEYS, VALUES, ITEMS }

    public static PyIterator of(HashTable table, Kind kind) {
        return new PyIterator(switch (kind) {
            case KEYS -> PyType.DICT_KEY_ITERATOR;
            case VALUES -> PyType.DICT_VALUE_ITERATOR;
            case ITEMS -> PyType.DICT_ITEM_ITERATOR;
        }) {
            private int i;
            private final int version = table.version();
            private final int size = table.size();

            @Override
            public Object next() {
                if (table.version() != version) {
                    boolean resized = table.size() != size;
                    i = Integer.MAX_VALUE;
                    throw PyErrors.runtimeError(resized ? "dictionary changed size during iteration"
                            : "dictionary keys changed during iteration");
                }
                while (i < table.entryLimit()) {
                    Object k = table.keyAt(i);
                    Object v = table.valueAt(i);
                    i++;
                    if (k != null) {
                        return switch (kind) {
                            case KEYS -> k;
                            case VALUES -> v;
                            case ITEMS -> PyTuple.of(k, v);
                        };
                    }
                }
                return null;
            }
        };
    }
}
