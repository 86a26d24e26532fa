package org.krait.stdlib.numpy;

import org.krait.runtime.BuiltinImpl;
import org.krait.runtime.PyBuiltinFunction;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyProperty;
import org.krait.runtime.PyType;

/**
 * The Java-defined classes of numpy ({@code ndarray}, {@code dtype}) are made as program-level (heap) classes of
 * module {@code numpy}, so that the engine dispatches operators, indexing, iteration and printing to their
 * special methods, which are Java functions.
 */
final class NumpyTypes {
    private NumpyTypes() {
    }

    /** {@code numpy.AxisError}: both a ValueError and an IndexError. */
    static final PyType AXIS_ERROR = PyType.create(PyType.TYPE, "AxisError", "AxisError", "numpy",
            new PyType[]{org.krait.runtime.ExceptionTypes.VALUE_ERROR, org.krait.runtime.ExceptionTypes.INDEX_ERROR});

    static org.krait.runtime.PyException axisError(Object axis, int ndim) {
        return PyErrors.create(AXIS_ERROR, "axis " + axis + " is out of bounds for array of dimension " + ndim);
    }

    /** An optional axis argument: null for None. */
    static Integer axis(Object axis) {
        return axis == org.krait.runtime.PyNone.NONE ? null : (int) org.krait.runtime.Ops.index(axis);
    }

    static PyType create(String name) {
        return PyType.create(PyType.TYPE, name, name, "numpy", new PyType[0]);
    }

    /** A Java heap too small for an array is numpy's MemoryError, not the end of the interpreter. */
    static BuiltinImpl guarded(BuiltinImpl impl) {
        return a -> {
            try {
                return impl.call(a);
            } catch (OutOfMemoryError e) {
                throw PyErrors.create(org.krait.runtime.ExceptionTypes.MEMORY_ERROR, "Unable to allocate an array");
            }
        };
    }

    /** A method taking {@code self} first, checked to be an instance of {@code type}. */
    static void method(PyType type, String name, String spec, BuiltinImpl impl) {
        PyBuiltinFunction f = new PyBuiltinFunction(type.name() + "." + name, spec, a -> {
            if (!PyType.of(a[0]).isSubtypeOf(type)) {
                throw PyErrors.typeError("descriptor '" + name + "' for '" + type.name()
                        + "' objects doesn't apply to a '" + org.krait.runtime.Ops.typeName(a[0]) + "' object");
            }
            return guarded(impl).call(a);
        });
        f.markMethod();
        type.define(name, f);
    }

    /** {@code __new__}: called with the class first. */
    static void constructor(PyType type, String spec, BuiltinImpl impl) {
        type.define("__new__", new PyBuiltinFunction(type.name() + ".__new__", spec, impl));
    }

    /** A read-only attribute computed from {@code self}. */
    static void property(PyType type, String name, BuiltinImpl getter) {
        PyBuiltinFunction f = new PyBuiltinFunction(type.name() + "." + name, "self, /", getter);
        type.define(name, new PyProperty(PyType.PROPERTY, f, org.krait.runtime.PyNone.NONE,
                org.krait.runtime.PyNone.NONE, org.krait.runtime.PyNone.NONE));
    }
}
