package org.krait.builtins;

import org.krait.runtime.Attributes;
import org.krait.runtime.Calls;
import org.krait.runtime.ExceptionTypes;
import org.krait.runtime.HashTable;
import org.krait.runtime.Iterators;
import org.krait.runtime.Ops;
import org.krait.runtime.PyDict;
import org.krait.runtime.PyDictView;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyException;
import org.krait.runtime.PyIterator;
import org.krait.runtime.PyList;
import org.krait.runtime.PyNone;
import org.krait.runtime.PyRange;
import org.krait.runtime.PySet;
import org.krait.runtime.PySlice;
import org.krait.runtime.PyTuple;
import org.krait.runtime.PyType;
import org.krait.runtime.Repr;
import org.krait.runtime.Sets;


import static org.krait.builtins.Defs.method;

/** Constructors and methods of list, tuple, dict, set, frozenset, range and slice. */
final class ContainerMethods {
    private ContainerMethods() {
    }

    static boolean isBuiltin(PyType t) {
        return "builtins".equals(t.module());
    }

    static void install() {
        installList();
        installTuple();
        installDict();
        installSet(PyType.SET);
        installSet(PyType.FROZENSET);
        installSetMutators();
        installRange();
        installSlice();
    }

    // ---- list ----------------------------------------------------------------------------------------

    static PyList list(Object o) {
        return (PyList) o;
    }

    private static void installList() {
        PyType t = PyType.LIST;
        Defs.constructor(t, "cls, iterable=?, /", a -> {
            PyType cls = (PyType) a[0];
            Object[] items = Args.missing(a[1]) || !isBuiltin(cls) ? new Object[0] : Ops.toArray(a[1]).clone();
            return new PyList(cls, items, items.length);
        });
        method(t, "__init__", "self, iterable=?, /", a -> {
            PyList l = list(a[0]);
            if (l.type() != PyType.LIST) {
                Object[] items = Args.missing(a[1]) ? new Object[0] : Ops.toArray(a[1]).clone();
                l.setAll(items);
            }
            return PyNone.NONE;
        });
        method(t, "append", "self, object, /", a -> {
            list(a[0]).append(a[1]);
            return PyNone.NONE;
        });
        method(t, "extend", "self, iterable, /", a -> {
            PyList l = list(a[0]);
            for (Object x : a[1] == l ? l.toArray() : Ops.toArray(a[1])) {
                l.append(x);
            }
            return PyNone.NONE;
        });
        method(t, "insert", "self, index, object, /", a -> {
            PyList l = list(a[0]);
            long i = Args.indexClamped(a[1]);
            if (i < 0) {
                i = Math.max(0, i + l.size());
            }
            l.insert((int) Math.min(i, l.size()), a[2]);
            return PyNone.NONE;
        });
        method(t, "remove", "self, value, /", a -> {
            PyList l = list(a[0]);
            for (int i = 0; i < l.size(); i++) {
                if (Ops.keyEquals(l.get(i), a[1])) {
                    l.remove(i);
                    return PyNone.NONE;
                }
            }
            throw PyErrors.valueError("list.remove(x): x not in list");
        });
        method(t, "pop", "self, index=-1, /", a -> {
            PyList l = list(a[0]);
            if (l.size() == 0) {
                throw PyErrors.indexError("pop from empty list");
            }
            long i = Args.index(a[1]);
            if (i < 0) {
                i += l.size();
            }
            if (i < 0 || i >= l.size()) {
                throw PyErrors.indexError("pop index out of range");
            }
            return l.remove((int) i);
        });
        method(t, "clear", "self", a -> {
            list(a[0]).clear();
            return PyNone.NONE;
        });
        method(t, "copy", "self", a -> new PyList(list(a[0]).toArray()));
        method(t, "count", "self, value, /", a -> count(list(a[0]).toArray(), a[1]));
        method(t, "index", "self, value, start=0, stop=9223372036854775807, /", a -> {
            PyList l = list(a[0]);
            long[] r = Args.adjust(a[2], a[3], l.size());
            for (long i = r[0]; i < Math.min(r[1], l.size()); i++) {
                if (Ops.keyEquals(l.get((int) i), a[1])) {
                    return i;
                }
            }
            throw PyErrors.valueError(Repr.repr(a[1]) + " is not in list");
        });
        method(t, "reverse", "self", a -> {
            PyList l = list(a[0]);
            Object[] items = l.toArray();
            for (int i = 0, j = items.length - 1; i < j; i++, j--) {
                Object x = items[i];
                items[i] = items[j];
                items[j] = x;
            }
            l.setAll(items);
            return PyNone.NONE;
        });
        method(t, "sort", "self, *, key=None, reverse=False", a -> {
            Sorting.sortList(list(a[0]), a[1], Ops.isTrue(a[2]));
            return PyNone.NONE;
        });
        method(t, "__reversed__", "self", a -> BuiltinIterators.reversed(a[0]));
        commonSequence(t);
    }

    /** __len__, __contains__, __getitem__, __iter__ for sequences. */
    static void commonSequence(PyType t) {
        method(t, "__len__", "self", a -> Ops.lenBuiltin(a[0]));
        method(t, "__contains__", "self, key, /", a -> Ops.containsBuiltin(a[0], a[1]));
        method(t, "__getitem__", "self, key, /", a -> Ops.getItemBuiltin(a[0], a[1]));
        method(t, "__iter__", "self", a -> Ops.iterBuiltin(a[0]));
    }

    static long count(Object[] items, Object value) {
        long n = 0;
        for (Object x : items) {
            if (Ops.keyEquals(x, value)) {
                n++;
            }
        }
        return n;
    }

    // ---- tuple ---------------------------------------------------------------------------------------

    private static void installTuple() {
        PyType t = PyType.TUPLE;
        Defs.constructor(t, "cls, iterable=?, /", a -> {
            PyType cls = (PyType) a[0];
            if (Args.missing(a[1])) {
                return cls == PyType.TUPLE ? PyTuple.EMPTY : new PyTuple(cls, new Object[0]);
            }
            if (cls == PyType.TUPLE && a[1] instanceof PyTuple tp && tp.type() == PyType.TUPLE) {
                return tp;
            }
            Object[] items = Ops.toArray(a[1]);
            if (a[1] instanceof PyTuple) {
                items = items.clone();
            }
            return new PyTuple(cls, items);
        });
        method(t, "count", "self, value, /", a -> count(((PyTuple) a[0]).items(), a[1]));
        method(t, "index", "self, value, start=0, stop=9223372036854775807, /", a -> {
            PyTuple tp = (PyTuple) a[0];
            long[] r = Args.adjust(a[2], a[3], tp.size());
            for (long i = r[0]; i < Math.min(r[1], tp.size()); i++) {
                if (Ops.keyEquals(tp.get((int) i), a[1])) {
                    return i;
                }
            }
            throw PyErrors.valueError("tuple.index(x): x not in tuple");
        });
        method(t, "__getnewargs__", "self", a -> PyTuple.of(new PyTuple(((PyTuple) a[0]).items())));
        commonSequence(t);
    }

    // ---- dict ----------------------------------------------------------------------------------------

    static PyDict dict(Object o) {
        return (PyDict) o;
    }

    private static void installDict() {
        PyType t = PyType.DICT;
        Defs.constructor(t, "cls, *args, **kwargs", a -> {
            PyType cls = (PyType) a[0];
            PyDict d = cls == PyType.DICT ? new PyDict() : new PyDict(cls, new HashTable());
            if (isBuiltin(cls)) {
                init(d, (PyTuple) a[1], (PyDict) a[2], "dict");
            }
            return d;
        });
        method(t, "__init__", "self, *args, **kwargs", a -> {
            if (dict(a[0]).type() != PyType.DICT) {
                init(dict(a[0]), (PyTuple) a[1], (PyDict) a[2], "dict");
            }
            return PyNone.NONE;
        });
        method(t, "keys", "self", a -> new PyDictView(dict(a[0]), Iterators.Kind.KEYS));
        method(t, "values", "self", a -> new PyDictView(dict(a[0]), Iterators.Kind.VALUES));
        method(t, "items", "self", a -> new PyDictView(dict(a[0]), Iterators.Kind.ITEMS));
        method(t, "get", "self, key, default=None, /", a -> {
            Object v = dict(a[0]).get(a[1]);
            return v == null ? a[2] : v;
        });
        method(t, "setdefault", "self, key, default=None, /", a -> {
            PyDict d = dict(a[0]);
            Object v = d.get(a[1]);
            if (v == null) {
                d.put(a[1], a[2]);
                return a[2];
            }
            return v;
        });
        method(t, "pop", "self, key, default=?, /", a -> {
            Object v = dict(a[0]).remove(a[1]);
            if (v == null) {
                if (Args.missing(a[2])) {
                    throw PyErrors.keyError(a[1]);
                }
                return a[2];
            }
            return v;
        });
        method(t, "popitem", "self", a -> {
            PyDict d = dict(a[0]);
            int e = d.table().lastEntry();
            if (e < 0) {
                throw PyErrors.keyError("popitem(): dictionary is empty");
            }
            Object k = d.table().keyAt(e);
            Object v = d.table().valueAt(e);
            d.remove(k);
            return PyTuple.of(k, v);
        });
        method(t, "update", "self, *args, **kwargs", a -> {
            init(dict(a[0]), (PyTuple) a[1], (PyDict) a[2], "update");
            return PyNone.NONE;
        });
        method(t, "clear", "self", a -> {
            dict(a[0]).table().clear();
            return PyNone.NONE;
        });
        method(t, "copy", "self", a -> new PyDict(PyType.DICT, dict(a[0]).table().copy()));
        Defs.classMethod(t, "fromkeys", "iterable, value=None, /", a -> {
            // a subclass is made by calling it, and filled through its own __setitem__
            boolean exact = a[0] == t;
            Object d = exact ? new PyDict() : Calls.call(a[0]);
            PyIterator it = Ops.iter(a[1]);
            for (Object k = it.next(); k != null; k = it.next()) {
                if (exact) {
                    ((PyDict) d).put(k, a[2]);
                } else {
                    Ops.setItem(d, k, a[2]);
                }
            }
            return d;
        });
        method(t, "__len__", "self", a -> (long) dict(a[0]).size());
        method(t, "__contains__", "self, key, /", a -> dict(a[0]).table().containsKey(a[1]));
        method(t, "__getitem__", "self, key, /", a -> Ops.getItemBuiltin(a[0], a[1]));
        method(t, "__setitem__", "self, key, value, /", a -> {
            dict(a[0]).put(a[1], a[2]);
            return PyNone.NONE;
        });
        method(t, "__delitem__", "self, key, /", a -> {
            if (dict(a[0]).remove(a[1]) == null) {
                throw PyErrors.keyError(a[1]);
            }
            return PyNone.NONE;
        });
        method(t, "__iter__", "self", a -> Ops.iterBuiltin(a[0]));
        method(t, "__reversed__", "self", a -> BuiltinIterators.reversed(a[0]));
        for (PyType v : new PyType[]{PyType.DICT_KEYS, PyType.DICT_VALUES, PyType.DICT_ITEMS}) {
            method(v, "__len__", "self", a -> Ops.lenBuiltin(a[0]));
            method(v, "__iter__", "self", a -> Ops.iterBuiltin(a[0]));
            method(v, "__reversed__", "self", a -> BuiltinIterators.reversed(a[0]));
            if (v != PyType.DICT_VALUES) {
                method(v, "isdisjoint", "self, other, /", a -> isDisjoint(Sets.toSet(a[0]), a[1]));
            }
        }
    }

    /** dict(...)/dict.update(...): one optional mapping or iterable of pairs, then keyword items. */
    static void init(PyDict d, PyTuple args, PyDict kwargs, String fname) {
        if (args.size() > 1) {
            throw PyErrors.typeError(fname + " expected at most 1 argument, got " + args.size());
        }
        if (args.size() == 1) {
            update(d, args.get(0));
        }
        HashTable kt = kwargs.table();
        for (int i = 0; i < kt.entryLimit(); i++) {
            if (kt.keyAt(i) != null) {
                d.put(kt.keyAt(i), kt.valueAt(i));
            }
        }
    }

    static void update(PyDict d, Object other) {
        if (other instanceof PyDict o) {
            HashTable t = o.table();
            Object[] keys = new Object[t.size()];
            Object[] values = new Object[t.size()];
            int n = 0;
            for (int i = 0; i < t.entryLimit(); i++) {
                if (t.keyAt(i) != null) {
                    keys[n] = t.keyAt(i);
                    values[n++] = t.valueAt(i);
                }
            }
            for (int i = 0; i < n; i++) {
                d.put(keys[i], values[i]);
            }
            return;
        }
        Object keysMethod = other instanceof PyDictView || other instanceof PyList || other instanceof PyTuple
                || other instanceof String ? null : Attributes.getOrNull(other, "keys");
        if (keysMethod != null) {
            for (Object k : Ops.toArray(Calls.call(keysMethod))) {
                d.put(k, Ops.getItem(other, k));
            }
            return;
        }
        PyIterator it = Ops.iter(other);
        int index = 0;
        for (Object item = it.next(); item != null; item = it.next(), index++) {
            Object[] pair;
            try {
                pair = Ops.toArray(item);
            } catch (PyException e) {
                if (Args.isInstance(e, ExceptionTypes.TYPE_ERROR)) {
                    throw PyErrors.typeError("cannot convert dictionary update sequence element #" + index
                            + " to a sequence");
                }
                throw e;
            }
            if (pair.length != 2) {
                throw PyErrors.valueError("dictionary update sequence element #" + index + " has length "
                        + pair.length + "; 2 is required");
            }
            d.put(pair[0], pair[1]);
        }
    }

    // ---- set / frozenset -----------------------------------------------------------------------------

    static PySet set(Object o) {
        return (PySet) o;
    }

    private static void installSet(PyType t) {
        boolean frozen = t == PyType.FROZENSET;
        Defs.constructor(t, "cls, iterable=?, /", a -> {
            PyType cls = (PyType) a[0];
            if (frozen && cls == PyType.FROZENSET && a[1] instanceof PySet s && s.type() == PyType.FROZENSET) {
                return s;
            }
            if (Args.missing(a[1]) || (!frozen && !isBuiltin(cls))) {
                return new PySet(cls);
            }
            return Sets.of(cls, a[1]);
        });
        if (!frozen) {
            method(t, "__init__", "self, iterable=?, /", a -> {
                PySet s = set(a[0]);
                if (s.type() != PyType.SET) {
                    s.table().clear();
                    if (!Args.missing(a[1])) {
                        Sets.update(s, a[1]);
                    }
                }
                return PyNone.NONE;
            });
        }
        method(t, "copy", "self", a -> frozen && set(a[0]).type() == PyType.FROZENSET ? a[0] : Sets.copy(set(a[0])));
        method(t, "union", "self, *others", a -> Sets.union(set(a[0]), ((PyTuple) a[1]).items()));
        method(t, "intersection", "self, *others", a -> Sets.intersection(set(a[0]), ((PyTuple) a[1]).items()));
        method(t, "difference", "self, *others", a -> Sets.difference(set(a[0]), ((PyTuple) a[1]).items()));
        method(t, "symmetric_difference", "self, other, /", a -> Sets.symmetricDifference(set(a[0]), a[1]));
        method(t, "issubset", "self, other, /", a -> Sets.isSubset(set(a[0]), Sets.toSet(a[1])));
        method(t, "issuperset", "self, other, /", a -> Sets.isSubset(Sets.toSet(a[1]), set(a[0])));
        method(t, "isdisjoint", "self, other, /", a -> isDisjoint(set(a[0]), a[1]));
        method(t, "__len__", "self", a -> (long) set(a[0]).size());
        method(t, "__contains__", "self, key, /", a -> set(a[0]).contains(a[1]));
        method(t, "__iter__", "self", a -> Ops.iterBuiltin(a[0]));
    }

    static boolean isDisjoint(PySet s, Object other) {
        PyIterator it = Ops.iter(other);
        for (Object x = it.next(); x != null; x = it.next()) {
            if (s.contains(x)) {
                return false;
            }
        }
        return true;
    }

    private static void installSetMutators() {
        PyType t = PyType.SET;
        method(t, "add", "self, object, /", a -> {
            set(a[0]).add(a[1]);
            return PyNone.NONE;
        });
        method(t, "discard", "self, object, /", a -> {
            set(a[0]).discard(a[1]);
            return PyNone.NONE;
        });
        method(t, "remove", "self, object, /", a -> {
            if (!set(a[0]).discard(a[1])) {
                throw PyErrors.keyError(a[1]);
            }
            return PyNone.NONE;
        });
        method(t, "pop", "self", a -> {
            Object k = set(a[0]).table().pop();
            if (k == null) {
                throw PyErrors.keyError("pop from an empty set");
            }
            return k;
        });
        method(t, "clear", "self", a -> {
            set(a[0]).table().clear();
            return PyNone.NONE;
        });
        method(t, "update", "self, *others", a -> {
            for (Object o : ((PyTuple) a[1]).items()) {
                Sets.update(set(a[0]), o);
            }
            return PyNone.NONE;
        });
        method(t, "intersection_update", "self, *others", a -> {
            Sets.intersectionUpdate(set(a[0]), ((PyTuple) a[1]).items());
            return PyNone.NONE;
        });
        method(t, "difference_update", "self, *others", a -> {
            for (Object o : ((PyTuple) a[1]).items()) {
                Sets.differenceUpdate(set(a[0]), o);
            }
            return PyNone.NONE;
        });
        method(t, "symmetric_difference_update", "self, other, /", a -> {
            Sets.symmetricDifferenceUpdate(set(a[0]), a[1]);
            return PyNone.NONE;
        });
    }

    // ---- range ---------------------------------------------------------------------------------------

    private static Object rangeArg(Object o) {
        return Args.intValue(o);
    }

    private static void installRange() {
        PyType t = PyType.RANGE;
        Defs.constructor(t, "cls, *args", a -> {
            Object[] args = ((PyTuple) a[1]).items();
            if (args.length == 0) {
                throw PyErrors.typeError("range expected at least 1 argument, got 0");
            }
            if (args.length > 3) {
                throw PyErrors.typeError("range expected at most 3 arguments, got " + args.length);
            }
            if (args.length == 1) {
                return PyRange.of(0L, rangeArg(args[0]), 1L);
            }
            Object start = rangeArg(args[0]);
            Object stop = rangeArg(args[1]);
            Object step = args.length == 3 ? rangeArg(args[2]) : (Object) 1L;
            if (step instanceof Long l && l == 0) {
                throw PyErrors.valueError("range() arg 3 must not be zero");
            }
            return PyRange.of(start, stop, step);
        });
        method(t, "count", "self, value, /", a -> {
            PyRange r = (PyRange) a[0];
            if (Ops.isInt(a[1])) {
                return Ops.contains(r, a[1]) ? 1L : 0L;
            }
            return count(Ops.toArray(r), a[1]);
        });
        method(t, "index", "self, value, /", a -> {
            PyRange r = (PyRange) a[0];
            if (Ops.isInt(a[1])) {
                if (r.containsInt(a[1])) {
                    return r.indexOf(a[1]);
                }
                throw PyErrors.valueError(Repr.repr(a[1]) + " is not in range");
            }
            Object[] items = Ops.toArray(r);
            for (int i = 0; i < items.length; i++) {
                if (Ops.keyEquals(items[i], a[1])) {
                    return (long) i;
                }
            }
            throw PyErrors.valueError("sequence.index(x): x not in sequence");
        });
        method(t, "__reversed__", "self", a -> BuiltinIterators.reversed(a[0]));
        commonSequence(t);
    }

    // ---- slice ---------------------------------------------------------------------------------------

    private static void installSlice() {
        PyType t = PyType.SLICE;
        Defs.constructor(t, "cls, *args", a -> {
            Object[] args = ((PyTuple) a[1]).items();
            if (args.length == 0) {
                throw PyErrors.typeError("slice expected at least 1 argument, got 0");
            }
            if (args.length > 3) {
                throw PyErrors.typeError("slice expected at most 3 arguments, got " + args.length);
            }
            if (args.length == 1) {
                return new PySlice(PyNone.NONE, args[0], PyNone.NONE);
            }
            return new PySlice(args[0], args[1], args.length == 3 ? args[2] : PyNone.NONE);
        });
        method(t, "indices", "self, length, /", a -> {
            long len = Args.index(a[1]);
            if (len < 0) {
                throw PyErrors.valueError("length should not be negative");
            }
            PySlice.Bounds b = ((PySlice) a[0]).indices((int) Math.min(len, Integer.MAX_VALUE));
            return PyTuple.of((long) b.start(), (long) b.stop(), (long) b.step());
        });
    }
}
