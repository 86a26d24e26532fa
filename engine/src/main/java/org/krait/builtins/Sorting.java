package org.krait.builtins;

import org.krait.parser.ast.CmpOp;
import org.krait.runtime.Calls;
import org.krait.runtime.Ops;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyList;
import org.krait.runtime.PyNone;

/**
 * A stable sort that, like CPython's timsort, compares only with {@code <} and always asks
 * {@code later < earlier}, so that TypeErrors name the operand types in CPython's order.
 */
final class Sorting {
    private Sorting() {
    }

    static boolean lt(Object a, Object b) {
        return Ops.compare(CmpOp.LT, a, b);
    }

    /** list.sort(key=, reverse=) semantics on a list, in place. */
    static void sortList(PyList list, Object key, boolean reverse) {
        Object[] items = list.toArray();
        list.setAll(new Object[0]);
        try {
            Object[] sorted = sorted(items, key, reverse);
            if (list.size() != 0) {
                list.setAll(sorted);
                throw PyErrors.valueError("list modified during sort");
            }
            list.setAll(sorted);
        } catch (RuntimeException e) {
            if (list.size() == 0) {
                list.setAll(items);
            }
            throw e;
        }
    }

    /** Returns the items sorted (the array may be reused). */
    static Object[] sorted(Object[] items, Object key, boolean reverse) {
        int n = items.length;
        items = items.clone();
        Object[] keys = items;
        if (key != PyNone.NONE && key != null) {
            keys = new Object[n];
            for (int i = 0; i < n; i++) {
                keys[i] = Calls.call(key, items[i]);
            }
        }
        if (reverse) {
            reverse(keys);
            if (keys != items) {
                reverse(items);
            }
        }
        sort(keys, keys == items ? null : items);
        if (reverse) {
            reverse(keys);
            if (keys != items) {
                reverse(items);
            }
        }
        return items;
    }

    private static void reverse(Object[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static final int CHUNK = 32;

    /** Sorts keys (and values in parallel when non-null) stably. */
    static void sort(Object[] keys, Object[] values) {
        int n = keys.length;
        if (n < 2) {
            return;
        }
        if (n < 64) {
            runSort(keys, values, 0, n);
            return;
        }
        for (int lo = 0; lo < n; lo += CHUNK) {
            runSort(keys, values, lo, Math.min(n, lo + CHUNK));
        }
        Object[] tk = new Object[n];
        Object[] tv = values == null ? null : new Object[n];
        for (int width = CHUNK; width < n; width *= 2) {
            for (int lo = 0; lo < n - width; lo += 2 * width) {
                merge(keys, values, tk, tv, lo, lo + width, Math.min(n, lo + 2 * width));
            }
        }
    }

    private static void merge(Object[] k, Object[] v, Object[] tk, Object[] tv, int lo, int mid, int hi) {
        System.arraycopy(k, lo, tk, lo, hi - lo);
        if (v != null) {
            System.arraycopy(v, lo, tv, lo, hi - lo);
        }
        int i = lo;
        int j = mid;
        int o = lo;
        while (i < mid && j < hi) {
            if (lt(tk[j], tk[i])) {
                k[o] = tk[j];
                if (v != null) {
                    v[o] = tv[j];
                }
                j++;
            } else {
                k[o] = tk[i];
                if (v != null) {
                    v[o] = tv[i];
                }
                i++;
            }
            o++;
        }
        while (i < mid) {
            k[o] = tk[i];
            if (v != null) {
                v[o] = tv[i];
            }
            i++;
            o++;
        }
        while (j < hi) {
            k[o] = tk[j];
            if (v != null) {
                v[o] = tv[j];
            }
            j++;
            o++;
        }
    }

    /** CPython's count_run followed by binary insertion sort on [lo, hi). */
    private static void runSort(Object[] k, Object[] v, int lo, int hi) {
        if (hi - lo < 2) {
            return;
        }
        int n = 2;
        if (lt(k[lo + 1], k[lo])) {
            while (lo + n < hi && lt(k[lo + n], k[lo + n - 1])) {
                n++;
            }
            for (int i = lo, j = lo + n - 1; i < j; i++, j--) {
                swap(k, i, j);
                if (v != null) {
                    swap(v, i, j);
                }
            }
        } else {
            while (lo + n < hi && !lt(k[lo + n], k[lo + n - 1])) {
                n++;
            }
        }
        for (int start = lo + n; start < hi; start++) {
            Object pivot = k[start];
            Object pv = v == null ? null : v[start];
            int l = lo;
            int r = start;
            while (l < r) {
                int p = l + ((r - l) >> 1);
                if (lt(pivot, k[p])) {
                    r = p;
                } else {
                    l = p + 1;
                }
            }
            System.arraycopy(k, l, k, l + 1, start - l);
            k[l] = pivot;
            if (v != null) {
                System.arraycopy(v, l, v, l + 1, start - l);
                v[l] = pv;
            }
        }
    }

    private static void swap(Object[] a, int i, int j) {
        Object t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
