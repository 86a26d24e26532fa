package org.krait.builtins;

import org.krait.runtime.BuiltinImpl;
import org.krait.runtime.PyBuiltinFunction;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyMemoryView;
import org.krait.runtime.PyNone;
import org.krait.runtime.PyProperty;
import org.krait.runtime.PyType;
import org.krait.parser.ast.CmpOp;

import static org.krait.builtins.Defs.method;

/** The constructor, attributes and methods of {@code memoryview} ({@link PyMemoryView}). */
final class MemoryViewMethods {
    private MemoryViewMethods() {
    }

    private static final PyType T = PyType.MEMORYVIEW;

    private static PyMemoryView mv(Object o) {
        return (PyMemoryView) o;
    }

    static void install() {
        Defs.constructor(T, "cls, object", a -> PyMemoryView.of(a[1]));
        attribute("obj", a -> mv(a[0]).obj());
        attribute("nbytes", a -> mv(a[0]).nbytes());
        attribute("readonly", a -> mv(a[0]).isReadonly());
        attribute("itemsize", a -> (long) mv(a[0]).itemsize());
        attribute("format", a -> mv(a[0]).format());
        attribute("ndim", a -> (long) mv(a[0]).ndim());
        attribute("shape", a -> mv(a[0]).shape());
        attribute("strides", a -> mv(a[0]).strides());
        attribute("suboffsets", a -> {
            mv(a[0]).checkReleased();
            return new org.krait.runtime.PyTuple(new Object[0]);
        });
        attribute("c_contiguous", a -> mv(a[0]).isCContiguous());
        attribute("f_contiguous", a -> mv(a[0]).isFContiguous());
        attribute("contiguous", a -> mv(a[0]).isCContiguous() || mv(a[0]).isFContiguous());

        method(T, "release", "self", a -> {
            mv(a[0]).release();
            return PyNone.NONE;
        });
        method(T, "__enter__", "self", a -> {
            mv(a[0]).checkReleased();
            return a[0];
        });
        method(T, "__exit__", "self, *args", a -> {
            mv(a[0]).release();
            return PyNone.NONE;
        });
        method(T, "tobytes", "self, order=None", a -> new org.krait.runtime.PyBytes(mv(a[0]).toBytes(fortran(mv(a[0]), a[1]))));
        method(T, "tolist", "self", a -> mv(a[0]).toList());
        method(T, "hex", "self, sep=?, bytes_per_sep=1", a -> BytesMethods.hex(mv(a[0]).toBytes(false), a[1],
                Args.index(a[2])));
        method(T, "cast", "self, format, shape=?", a -> mv(a[0]).cast(a[1], Args.missing(a[2]) ? null : a[2]));
        method(T, "toreadonly", "self", a -> mv(a[0]).toReadonly());
        method(T, "__len__", "self", a -> mv(a[0]).length());
        method(T, "__getitem__", "self, key, /", a -> mv(a[0]).getItem(a[1]));
        method(T, "__setitem__", "self, key, value, /", a -> {
            mv(a[0]).setItem(a[1], a[2]);
            return PyNone.NONE;
        });
        method(T, "__delitem__", "self, key, /", a -> {
            mv(a[0]).setItem(a[1], null);
            return PyNone.NONE;
        });
        method(T, "__iter__", "self", a -> mv(a[0]).iterator());
        method(T, "__hash__", "self", a -> mv(a[0]).hash());
        method(T, "__repr__", "self", a -> mv(a[0]).repr());
        method(T, "__eq__", "self, value, /", a -> equality(a[0], a[1], true));
        method(T, "__ne__", "self, value, /", a -> equality(a[0], a[1], false));
        for (CmpOp op : new CmpOp[]{CmpOp.LT, CmpOp.LTE, CmpOp.GT, CmpOp.GTE}) {
            method(T, op.dunder(), "self, value, /", a -> Dunders.NI);
        }
    }

    /** A read-only data attribute computed from the view (each raises once the view is released). */
    private static void attribute(String name, BuiltinImpl getter) {
        PyBuiltinFunction fget = new PyBuiltinFunction(T.name() + "." + name, "self", getter);
        PyProperty p = new PyProperty(PyType.PROPERTY, fget, PyNone.NONE, PyNone.NONE, PyNone.NONE);
        p.name = name;
        T.define(name, p);
    }

    private static Object equality(Object self, Object other, boolean eq) {
        Boolean r = mv(self).equalsBuffer(other);
        return r == null ? Dunders.NI : r == eq;
    }

    /** tobytes' order: 'C' (also None), 'F', or 'A' (Fortran order only for a view that is only F-contiguous). */
    private static boolean fortran(PyMemoryView m, Object order) {
        if (order == PyNone.NONE) {
            return false;
        }
        if (!(order instanceof String s)) {
            throw PyErrors.typeError("tobytes() argument 'order' must be str or None, not "
                    + org.krait.runtime.Ops.typeName(order));
        }
        return switch (s) {
            case "C" -> false;
            case "F" -> true;
            case "A" -> !m.isCContiguous() && m.isFContiguous();
            default -> throw PyErrors.valueError("order must be 'C', 'F' or 'A'");
        };
    }
}
