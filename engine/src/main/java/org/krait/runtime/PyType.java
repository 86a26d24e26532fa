package org.krait.runtime;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Python class: name, bases, method resolution order and attribute dictionary. The built-in types are
 * shared, immutable singletons; classes defined by programs are created per context.
 */
public final class PyType extends PyObject {
    public static final PyType TYPE = new PyType("type", null);
    public static final PyType OBJECT = bootstrapObject();
    public static final PyType INT = builtin("int");
    public static final PyType BOOL = new PyType("bool", INT);
    public static final PyType FLOAT = builtin("float");
    public static final PyType COMPLEX = builtin("complex");
    public static final PyType STR = builtin("str");
    public static final PyType BYTES = builtin("bytes");
    public static final PyType BYTEARRAY = builtin("bytearray");
    public static final PyType LIST = builtin("list");
    public static final PyType TUPLE = builtin("tuple");
    public static final PyType DICT = builtin("dict");
    public static final PyType SET = builtin("set");
    public static final PyType FROZENSET = builtin("frozenset");
    public static final PyType RANGE = builtin("range");
    public static final PyType SLICE = builtin("slice");
    public static final PyType NONE_TYPE = builtin("NoneType");
    public static final PyType ELLIPSIS_TYPE = builtin("ellipsis");
    public static final PyType NOT_IMPLEMENTED_TYPE = builtin("NotImplementedType");
    public static final PyType FUNCTION = builtin("function");
    public static final PyType BUILTIN_FUNCTION = builtin("builtin_function_or_method");
    public static final PyType METHOD = builtin("method");
    public static final PyType MODULE = builtin("module");
    public static final PyType CELL = builtin("cell");
    public static final PyType ITERATOR = builtin("iterator");
    public static final PyType LIST_ITERATOR = builtin("list_iterator");
    public static final PyType TUPLE_ITERATOR = builtin("tuple_iterator");
    public static final PyType STR_ITERATOR = builtin("str_iterator");
    public static final PyType STR_ASCII_ITERATOR = builtin("str_ascii_iterator");
    public static final PyType RANGE_ITERATOR = builtin("range_iterator");
    public static final PyType LONGRANGE_ITERATOR = builtin("longrange_iterator");
    public static final PyType BYTES_ITERATOR = builtin("bytes_iterator");
    public static final PyType MEMORY_ITERATOR = builtin("memory_iterator");
    public static final PyType DICT_KEY_ITERATOR = builtin("dict_keyiterator");
    public static final PyType DICT_VALUE_ITERATOR = builtin("dict_valueiterator");
    public static final PyType DICT_ITEM_ITERATOR = builtin("dict_itemiterator");
    public static final PyType SET_ITERATOR = builtin("set_iterator");
    /** The types of the built-in containers' iterators (they all get {@code __iter__} and {@code __next__}). */
    public static final PyType[] ITERATOR_TYPES = {ITERATOR, LIST_ITERATOR, TUPLE_ITERATOR, STR_ITERATOR,
        STR_ASCII_ITERATOR, RANGE_ITERATOR, LONGRANGE_ITERATOR, BYTES_ITERATOR, MEMORY_ITERATOR, DICT_KEY_ITERATOR, DICT_VALUE_ITERATOR,
        DICT_ITEM_ITERATOR, SET_ITERATOR};
    public static final PyType GENERATOR = builtin("generator");
    public static final PyType COROUTINE = builtin("coroutine");
    public static final PyType ASYNC_GENERATOR = builtin("async_generator");
    public static final PyType DICT_KEYS = builtin("dict_keys");
    public static final PyType DICT_VALUES = builtin("dict_values");
    public static final PyType DICT_ITEMS = builtin("dict_items");
    public static final PyType PROPERTY = builtin("property");
    public static final PyType CLASSMETHOD = builtin("classmethod");
    public static final PyType STATICMETHOD = builtin("staticmethod");
    public static final PyType SUPER = builtin("super");
    public static final PyType TRACEBACK = builtin("traceback");
    public static final PyType TEXT_IO = builtin("TextIOWrapper");
    public static final PyType MEMORYVIEW = builtin("memoryview");

    static {
        BOOL.isBaseType = false;
        MEMORYVIEW.isBaseType = false;
    }

    /** {@code type} is an instance of itself and a subclass of {@code object}: tie the knot by hand. */
    private static PyType bootstrapObject() {
        PyType object = new PyType("object", null);
        object.bases = new PyType[0];
        object.mro = new PyType[]{object};
        TYPE.setType(TYPE);
        TYPE.bases = new PyType[]{object};
        TYPE.mro = new PyType[]{TYPE, object};
        return object;
    }

    private String name;
    private String qualname;
    private String module = "builtins";
    /** True for classes made by {@code class} statements or {@code type(name, bases, ns)}: CPython's heap types. */
    private boolean heap;
    /** Classes that list this one as a base: a change here must invalidate their caches too. */
    private final List<java.lang.ref.WeakReference<PyType>> subclasses = new ArrayList<>();
    /** The names instances may have when every class in the MRO declares {@code __slots__}; else null. */
    private java.util.Set<String> slotNames;
    /** The empty layout that every instance of this class starts with (created on first use). */
    private Layout rootLayout;

    private PyType[] bases;
    private PyType[] mro;
    private final Map<String, Object> dict = new LinkedHashMap<>();
    /** Whether programs may subclass this type (CPython's Py_TPFLAGS_BASETYPE). */
    private boolean isBaseType = true;
    /** Invalidated whenever the dictionary of this type changes, so caches of lookups stay correct. */
    private Assumption stable = Truffle.getRuntime().createAssumption("type unchanged");

    private PyType(String name, PyType base) {
        super(TYPE);
        this.name = name;
        if (base != null) {
            this.bases = new PyType[]{base};
            this.mro = linearMro(this, bases);
            base.subclasses.add(new java.lang.ref.WeakReference<>(this));
        }
    }

    private static PyType builtin(String name) {
        return new PyType(name, OBJECT);
    }

    /** A new class with the given bases (C3 linearisation), of metaclass {@code meta}. */
    public static PyType create(PyType meta, String name, String qualname, String module, PyType[] bases) {
        PyType t = new PyType(name, null);
        t.setType(meta);
        t.qualname = qualname;
        t.module = module;
        t.heap = true;
        t.bases = bases.length == 0 ? new PyType[]{OBJECT} : bases;
        t.mro = linearMro(t, t.bases);
        for (PyType b : t.bases) {
            synchronized (b.subclasses) {
                b.subclasses.add(new java.lang.ref.WeakReference<>(t));
            }
        }
        return t;
    }

    /** A built-in type defined outside this class (module {@code builtins}, base {@code object}). */
    public static PyType newBuiltin(String name) {
        return builtin(name);
    }

    /** A built-in type of another module (such as {@code _thread.lock}), base {@code object}. */
    public static PyType newBuiltin(String module, String name) {
        PyType t = builtin(name);
        t.module = module;
        return t;
    }

    /** A built-in exception class (module {@code builtins}). */
    static PyType exception(String name, PyType base) {
        return new PyType(name, base);
    }

    /** A built-in exception class with two bases (ExceptionGroup is a BaseExceptionGroup and an Exception). */
    static PyType exception(String name, PyType base, PyType other) {
        PyType t = new PyType(name, base);
        t.bases = new PyType[]{base, other};
        t.mro = linearMro(t, t.bases);
        other.subclasses.add(new java.lang.ref.WeakReference<>(t));
        return t;
    }

    /** The Python type of any Krait value. */
    public static PyType of(Object o) {
        if (o instanceof PyObject p) {
            return p.type();
        } else if (o instanceof Long || o instanceof BigInteger) {
            return INT;
        } else if (o instanceof Double) {
            return FLOAT;
        } else if (o instanceof String) {
            return STR;
        } else if (o instanceof Boolean) {
            return BOOL;
        }
        throw notAKraitValue(o);
    }

    @TruffleBoundary
    private static IllegalStateException notAKraitValue(Object o) {
        return new IllegalStateException("not a Krait value: " + (o == null ? "null" : o.getClass()));
    }

    public String name() {
        return name;
    }

    public String qualname() {
        return qualname != null ? qualname : name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    /** Whether a program made this class (so its special methods may be Python code). */
    public boolean isHeap() {
        return heap;
    }

    public java.util.Set<String> slotNames() {
        return slotNames;
    }

    public void setSlotNames(java.util.Set<String> names) {
        this.slotNames = names;
    }

    /** The layout a new instance starts with. */
    public Layout rootLayout() {
        Layout l = rootLayout;
        if (l == null) {
            synchronized (this) {
                if (rootLayout == null) {
                    rootLayout = Layout.root(this);
                }
                l = rootLayout;
            }
        }
        return l;
    }

    /** The class in the MRO whose dictionary defines {@code attr}, or null. */
    @TruffleBoundary
    public PyType lookupOwner(String attr) {
        for (PyType t : mro) {
            if (t.dict.containsKey(attr)) {
                return t;
            }
        }
        return null;
    }

    /** {@code attr} when a program's class in the MRO defines it (a special method written in Python); else null. */
    @TruffleBoundary
    public Object lookupHeap(String attr) {
        for (PyType t : mro) {
            Object v = t.dict.get(attr);
            if (v != null) {
                return t.heap ? v : null;
            }
        }
        return null;
    }

    public String module() {
        return module;
    }

    public PyType[] bases() {
        return bases;
    }

    public PyType[] mro() {
        return mro;
    }

    public boolean isBaseType() {
        return isBaseType;
    }

    public Assumption stable() {
        return stable;
    }

    /** Attribute lookup along the MRO, without descriptors; null when absent. */
    @TruffleBoundary
    public Object lookup(String attr) {
        for (PyType t : mro) {
            Object v = t.dict.get(attr);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The attribute dictionary (read-only view for callers outside the runtime). */
    public Map<String, Object> dict() {
        return java.util.Collections.unmodifiableMap(dict);
    }

    @TruffleBoundary
    public void setAttribute(String attr, Object value) {
        if (value == null) {
            dict.remove(attr);
        } else {
            dict.put(attr, value);
        }
        invalidate();
    }

    /** Lookups cached for this class and every subclass are stale. */
    private void invalidate() {
        Assumption old = stable;
        stable = Truffle.getRuntime().createAssumption("type unchanged");
        old.invalidate();
        List<PyType> subs = new ArrayList<>();
        synchronized (subclasses) {
            subclasses.removeIf(r -> r.get() == null);
            for (java.lang.ref.WeakReference<PyType> r : subclasses) {
                subs.add(r.get());
            }
        }
        for (PyType sub : subs) {
            if (sub != null) {
                sub.invalidate();
            }
        }
    }

    /** {@code type.__subclasses__()}: the live classes that name this one as a base. */
    public List<PyType> subclasses() {
        List<PyType> out = new ArrayList<>();
        synchronized (subclasses) {
            for (java.lang.ref.WeakReference<PyType> r : subclasses) {
                PyType t = r.get();
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    public boolean isSubtypeOf(PyType other) {
        if (this == other) {
            return true;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** Used by the built-in type definitions at start-up. */
    public void define(String attr, Object value) {
        dict.put(attr, value);
    }

    @Override
    public String toString() {
        return "<class '" + ("builtins".equals(module) ? qualname() : module + "." + qualname()) + "'>";
    }

    /** C3 linearisation; raises TypeError when no consistent order exists. */
    private static PyType[] linearMro(PyType self, PyType[] bases) {
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            seqs.add(new ArrayList<>(List.of(b.mro)));
        }
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PyType> out = new ArrayList<>();
        out.add(self);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return out.toArray(new PyType[0]);
            }
            PyType next = null;
            for (List<PyType> s : seqs) {
                PyType head = s.get(0);
                boolean inTail = false;
                for (List<PyType> other : seqs) {
                    if (other.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    next = head;
                    break;
                }
            }
            if (next == null) {
                StringBuilder names = new StringBuilder();
                for (PyType b : bases) {
                    names.append(names.isEmpty() ? "" : ", ").append(b.name);
                }
                throw PyErrors.typeError("Cannot create a consistent method resolution\norder (MRO) for bases " + names);
            }
            out.add(next);
            for (List<PyType> s : seqs) {
                if (!s.isEmpty() && s.get(0) == next) {
                    s.remove(0);
                }
            }
        }
    }
}
