package org.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * {@code type.__new__(meta, name, bases, namespace, **kwargs)}: makes a class from the namespace a class body
 * filled, as CPython's type_new does (metaclass choice, {@code __slots__}, implicit class/static methods,
 * {@code __hash__ = None} next to {@code __eq__}, {@code __set_name__}, {@code __init_subclass__}).
 */
public final class ClassBuilder {
    private ClassBuilder() {
    }

    @TruffleBoundary
    public static PyType create(PyType meta, String name, PyTuple basesTuple, PyDict ns, PyDict kwargs) {
        PyType[] bases = new PyType[basesTuple.size()];
        for (int i = 0; i < bases.length; i++) {
            if (!(basesTuple.get(i) instanceof PyType b)) {
                throw PyErrors.typeError("bases must be types");
            }
            if (!b.isBaseType()) {
                throw PyErrors.typeError("type '" + b.name() + "' is not an acceptable base type");
            }
            bases[i] = b;
        }
        checkLayouts(bases);
        Object qualname = ns.get("__qualname__");
        Object module = ns.get("__module__");
        PyType t = PyType.create(meta, name, qualname instanceof String q ? q : name,
                module instanceof String m ? m : "builtins", bases);
        HashTable table = ns.table();
        for (int i = 0; i < table.entryLimit(); i++) {
            Object k = table.keyAt(i);
            if (k instanceof String key && !key.equals("__qualname__") && !key.equals("__classcell__")) {
                t.define(key, implicitDescriptor(key, table.valueAt(i)));
            }
        }
        if (t.dict().get("__doc__") == null) {
            t.define("__doc__", PyNone.NONE);
        }
        if (t.dict().containsKey("__eq__") && !t.dict().containsKey("__hash__")) {
            t.define("__hash__", PyNone.NONE);
        }
        t.setSlotNames(slotNames(t, ns.get("__slots__")));
        for (int i = 0; i < table.entryLimit(); i++) {
            if (table.keyAt(i) instanceof String key) {
                setName(t, key, table.valueAt(i));
            }
        }
        Object init = new PySuper(t, t).getAttribute("__init_subclass__");
        if (init != null) {
            Calls.withKeywords(kwargs, (names, values) -> Calls.call(init, Calls.NO_VALUES, names, values));
        }
        return t;
    }

    /** The most derived metaclass among {@code meta} and the bases' metaclasses (CPython's calculate_metaclass). */
    @TruffleBoundary
    public static PyType metaclass(PyType meta, PyTuple bases) {
        PyType winner = meta;
        for (Object b : bases.items()) {
            PyType bt = PyType.of(b);
            if (winner.isSubtypeOf(bt)) {
                continue;
            }
            if (bt.isSubtypeOf(winner)) {
                winner = bt;
                continue;
            }
            throw PyErrors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /** Two built-in bases with different object layouts (say list and dict) cannot be combined. */
    private static void checkLayouts(PyType[] bases) {
        PyType solid = null;
        for (PyType b : bases) {
            PyType s = solidBase(b);
            if (solid == null || s.isSubtypeOf(solid)) {
                solid = s;
            } else if (!solid.isSubtypeOf(s)) {
                throw PyErrors.typeError("multiple bases have instance lay-out conflict");
            }
        }
    }

    private static PyType solidBase(PyType t) {
        for (PyType m : t.mro()) {
            if (!m.isHeap()) {
                return m.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION) ? ExceptionTypes.BASE_EXCEPTION : m;
            }
        }
        return PyType.OBJECT;
    }

    /** {@code __new__} is a static method and {@code __init_subclass__}/{@code __class_getitem__} class methods. */
    private static Object implicitDescriptor(String key, Object v) {
        if (!(v instanceof PyFunction)) {
            return v;
        }
        return switch (key) {
            case "__new__" -> new PyStaticMethod(PyType.STATICMETHOD, v);
            case "__init_subclass__", "__class_getitem__" -> new PyClassMethod(PyType.CLASSMETHOD, v);
            default -> v;
        };
    }

    /** The attribute names instances may have, or null when they have a {@code __dict__}. */
    private static Set<String> slotNames(PyType t, Object slots) {
        if (slots == null) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        for (Object s : slots instanceof String str ? new Object[]{str} : Ops.toArray(slots)) {
            if (!(s instanceof String name)) {
                throw PyErrors.typeError("__slots__ items must be strings, not '" + Ops.typeName(s) + "'");
            }
            if (name.equals("__dict__")) {
                return null;
            }
            names.add(name);
        }
        Set<String> all = new HashSet<>(names);
        for (PyType b : t.mro()) {
            if (b == t || b == PyType.OBJECT) {
                continue;
            }
            if (!b.isHeap() || b.slotNames() == null) {
                return null;
            }
            all.addAll(b.slotNames());
        }
        return all;
    }

    private static void setName(PyType owner, String key, Object v) {
        if (v instanceof PyProperty p) {
            p.name = key;
        } else if (SpecialMethods.find(v, "__set_name__") instanceof Object m) {
            Calls.call(m, v, owner, key);
        }
    }
}
