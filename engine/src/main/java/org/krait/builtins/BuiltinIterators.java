package org.krait.builtins;

import org.krait.runtime.Arith;
import org.krait.runtime.Calls;
import org.krait.runtime.Ops;
import org.krait.runtime.PyBuiltinFunction;
import org.krait.runtime.PyBytes;
import org.krait.runtime.PyDict;
import org.krait.runtime.PyDictView;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyException;
import org.krait.runtime.PyIterator;
import org.krait.runtime.PyList;
import org.krait.runtime.PyNone;
import org.krait.runtime.PyObject;
import org.krait.runtime.PyRange;
import org.krait.runtime.PyTuple;
import org.krait.runtime.PyType;
import org.krait.runtime.Signature;
import org.krait.parser.ast.Operator;

import java.math.BigInteger;

import static org.krait.builtins.Defs.method;

/** The iterator classes behind enumerate, zip, map, filter, reversed and iter(callable, sentinel). */
public final class BuiltinIterators {
    private BuiltinIterators() {
    }

    public static final PyType ENUMERATE = PyType.newBuiltin("enumerate");
    public static final PyType ZIP = PyType.newBuiltin("zip");
    public static final PyType MAP = PyType.newBuiltin("map");
    public static final PyType FILTER = PyType.newBuiltin("filter");
    public static final PyType REVERSED = PyType.newBuiltin("reversed");
    public static final PyType LIST_REVERSEITERATOR = PyType.newBuiltin("list_reverseiterator");
    public static final PyType RANGE_ITERATOR = PyType.RANGE_ITERATOR;
    public static final PyType CALLABLE_ITERATOR = PyType.newBuiltin("callable_iterator");

    static void install() {
        Defs.constructor(ENUMERATE, "cls, iterable=?, start=0", a -> {
            if (a[1] == Signature.MISSING) {
                // enumerate's own wording, without the "(pos 1)" of other builtins
                throw PyErrors.typeError("enumerate() missing required argument 'iterable'");
            }
            return new Enumerate(Ops.iter(a[1]), Args.intValue(a[2]));
        });
        Defs.constructor(ZIP, "cls, *iterables, strict=False", a -> zip(((PyTuple) a[1]).items(), Ops.isTrue(a[2])));
        Defs.constructor(MAP, "cls, *args", a -> {
            Object[] args = ((PyTuple) a[1]).items();
            if (args.length < 2) {
                throw PyErrors.typeError("map() must have at least two arguments.");
            }
            PyIterator[] its = new PyIterator[args.length - 1];
            for (int i = 1; i < args.length; i++) {
                its[i - 1] = Ops.iter(args[i]);
            }
            return new MapIterator(args[0], its);
        });
        Defs.constructor(FILTER, "cls, function, iterable, /", a -> new FilterIterator(a[1], Ops.iter(a[2])));
        Defs.constructor(REVERSED, "cls, sequence, /", a -> reversed(a[1]))
                .worded(PyBuiltinFunction.ArgWording.CHECK_POSITIONAL);
        for (PyType t : new PyType[]{ENUMERATE, ZIP, MAP, FILTER, REVERSED, LIST_REVERSEITERATOR,
            CALLABLE_ITERATOR}) {
            defineIteratorMethods(t);
        }
        for (PyType t : PyType.ITERATOR_TYPES) {
            defineIteratorMethods(t);
        }
    }

    /** {@code __iter__} returning self and {@code __next__} raising StopIteration at the end. */
    static void defineIteratorMethods(PyType t) {
        if (t.dict().containsKey("__next__")) {
            return;
        }
        method(t, "__iter__", "self", a -> a[0]);
        method(t, "__next__", "self", a -> {
            Object v = ((PyIterator) a[0]).next();
            if (v == null) {
                throw PyErrors.stopIteration();
            }
            return v;
        });
    }

    static final class Enumerate extends PyIterator {
        private final PyIterator source;
        private long count;
        private Object bigCount;

        Enumerate(PyIterator source, Object start) {
            super(ENUMERATE);
            this.source = source;
            if (start instanceof Long l) {
                count = l;
            } else {
                bigCount = start;
            }
        }

        @Override
        public Object next() {
            Object v = source.next();
            if (v == null) {
                return null;
            }
            Object index;
            if (bigCount == null) {
                index = count;
                if (count == Long.MAX_VALUE) {
                    bigCount = BigInteger.valueOf(count).add(BigInteger.ONE);
                } else {
                    count++;
                }
            } else {
                index = bigCount;
                bigCount = Arith.binary(Operator.ADD, bigCount, 1L, false);
            }
            return PyTuple.of(index, v);
        }
    }

    static PyIterator zip(Object[] iterables, boolean strict) {
        PyIterator[] its = new PyIterator[iterables.length];
        for (int i = 0; i < its.length; i++) {
            its[i] = Ops.iter(iterables[i]);
        }
        return new ZipIterator(its, strict);
    }

    static final class ZipIterator extends PyIterator {
        private final PyIterator[] its;
        private final boolean strict;
        private boolean done;

        ZipIterator(PyIterator[] its, boolean strict) {
            super(ZIP);
            this.its = its;
            this.strict = strict;
        }

        @Override
        public Object next() {
            if (done || its.length == 0) {
                return null;
            }
            Object[] items = new Object[its.length];
            for (int i = 0; i < its.length; i++) {
                Object v = its[i].next();
                if (v == null) {
                    done = true;
                    if (strict) {
                        if (i > 0) {
                            throw PyErrors.valueError("zip() argument " + (i + 1) + " is shorter than argument"
                                    + (i == 1 ? " 1" : "s 1-" + i));
                        }
                        for (int j = 1; j < its.length; j++) {
                            if (its[j].next() != null) {
                                throw PyErrors.valueError("zip() argument " + (j + 1) + " is longer than argument"
                                        + (j == 1 ? " 1" : "s 1-" + j));
                            }
                        }
                    }
                    return null;
                }
                items[i] = v;
            }
            return new PyTuple(items);
        }
    }

    static final class MapIterator extends PyIterator {
        private final Object function;
        private final PyIterator[] its;

        MapIterator(Object function, PyIterator[] its) {
            super(MAP);
            this.function = function;
            this.its = its;
        }

        @Override
        public Object next() {
            Object[] args = new Object[its.length];
            for (int i = 0; i < its.length; i++) {
                Object v = its[i].next();
                if (v == null) {
                    return null;
                }
                args[i] = v;
            }
            return Calls.call(function, args);
        }
    }

    static final class FilterIterator extends PyIterator {
        private final Object function;
        private final PyIterator source;

        FilterIterator(Object function, PyIterator source) {
            super(FILTER);
            this.function = function;
            this.source = source;
        }

        @Override
        public Object next() {
            for (Object v = source.next(); v != null; v = source.next()) {
                boolean keep = function == PyNone.NONE ? Ops.isTrue(v) : Ops.isTrue(Calls.call(function, v));
                if (keep) {
                    return v;
                }
            }
            return null;
        }
    }

    /** Iterates a sequence backwards by index, re-reading the length each step like CPython. */
    static final class ReverseIterator extends PyIterator {
        private final Object sequence;
        private long index;

        ReverseIterator(PyType type, Object sequence, long length) {
            super(type);
            this.sequence = sequence;
            this.index = length - 1;
        }

        @Override
        public Object next() {
            if (index < 0) {
                return null;
            }
            if (sequence instanceof PyList l) {
                if (index >= l.size()) {
                    index = -1;
                    return null;
                }
                return l.get((int) index--);
            }
            try {
                return Ops.getItem(sequence, index--);
            } catch (PyException e) {
                if (Args.isInstance(e, org.krait.runtime.ExceptionTypes.INDEX_ERROR)
                        || Args.isStopIteration(e)) {
                    index = -1;
                    return null;
                }
                throw e;
            }
        }
    }

    static final class ArrayIterator extends PyIterator {
        private final Object[] items;
        private int i;

        ArrayIterator(PyType type, Object[] items) {
            super(type);
            this.items = items;
        }

        @Override
        public Object next() {
            return i < items.length ? items[i++] : null;
        }
    }

    /** The reversed() builtin. */
    static Object reversed(Object seq) {
        if (seq instanceof PyList l) {
            return new ReverseIterator(LIST_REVERSEITERATOR, l, l.size());
        } else if (seq instanceof PyRange r) {
            return r.iterator(true);
        } else if (seq instanceof PyTuple t) {
            return new ReverseIterator(REVERSED, t, t.size());
        } else if (seq instanceof String s) {
            return new ReverseIterator(REVERSED, s, Ops.len(s));
        } else if (seq instanceof PyBytes b) {
            return new ReverseIterator(REVERSED, b, b.bytes().length);
        } else if (seq instanceof PyDict || seq instanceof PyDictView) {
            Object[] items = Ops.toArray(seq);
            Object[] rev = new Object[items.length];
            for (int i = 0; i < items.length; i++) {
                rev[i] = items[items.length - 1 - i];
            }
            String name = seq instanceof PyDictView v ? (v.kind == org.krait.runtime.Iterators.Kind.ITEMS
                    ? "dict_reverseitemiterator" : v.kind == org.krait.runtime.Iterators.Kind.VALUES
                    ? "dict_reversevalueiterator" : "dict_reversekeyiterator") : "dict_reversekeyiterator";
            return new ArrayIterator(reverseDictType(name), rev);
        }
        if (seq instanceof PyObject) {
            PyType t = PyType.of(seq);
            Object m = t.lookup("__reversed__");
            if (m == PyNone.NONE) {
                throw PyErrors.typeError("'" + t.name() + "' object is not reversible");
            }
            if (m != null) {
                return Calls.call(m, seq);
            }
            if (t.lookup("__getitem__") != null && t.lookup("__len__") != null && !(seq instanceof PyDict)) {
                return new ReverseIterator(REVERSED, seq, Args.index(Ops.len(seq)));
            }
        }
        throw PyErrors.typeError("'" + Ops.typeName(seq) + "' object is not reversible");
    }

    private static final java.util.Map<String, PyType> DICT_REVERSE_TYPES = new java.util.concurrent.ConcurrentHashMap<>();

    private static PyType reverseDictType(String name) {
        return DICT_REVERSE_TYPES.computeIfAbsent(name, n -> {
            PyType t = PyType.newBuiltin(n);
            defineIteratorMethods(t);
            return t;
        });
    }

    /** iter(callable, sentinel). */
    static final class CallableIterator extends PyIterator {
        private final Object callable;
        private final Object sentinel;
        private boolean done;

        CallableIterator(Object callable, Object sentinel) {
            super(CALLABLE_ITERATOR);
            this.callable = callable;
            this.sentinel = sentinel;
        }

        @Override
        public Object next() {
            if (done) {
                return null;
            }
            Object v;
            try {
                v = Calls.call(callable);
            } catch (PyException e) {
                if (Args.isStopIteration(e)) {
                    done = true;
                    return null;
                }
                throw e;
            }
            if (Ops.eq(v, sentinel)) {
                done = true;
                return null;
            }
            return v;
        }
    }

}
