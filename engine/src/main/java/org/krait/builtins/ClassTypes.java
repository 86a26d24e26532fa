package org.krait.builtins;

import org.krait.runtime.Attributes;
import org.krait.runtime.Calls;
import org.krait.runtime.ClassBuilder;
import org.krait.runtime.Descriptors;
import org.krait.runtime.Ops;
import org.krait.runtime.PyClassMethod;
import org.krait.runtime.PyDict;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyFunction;
import org.krait.runtime.PyInstance;
import org.krait.runtime.PyList;
import org.krait.runtime.PyNone;
import org.krait.runtime.PyProperty;
import org.krait.runtime.PyStaticMethod;
import org.krait.runtime.PySuper;
import org.krait.runtime.PyTuple;
import org.krait.runtime.PyType;

import static org.krait.builtins.Defs.method;

/**
 * What classes are made of: {@code object} (creation and attribute access), {@code type} (one-argument
 * {@code type(x)} and class creation), and the descriptors {@code property}, {@code classmethod},
 * {@code staticmethod} and {@code super}.
 */
final class ClassTypes {
    private ClassTypes() {
    }

    static void install() {
        installObject();
        installType();
        installProperty();
        installMethodWrappers();
        installSuper();
    }

    private static boolean hasArgs(Object[] a) {
        return ((PyTuple) a[1]).size() > 0 || ((PyDict) a[2]).size() > 0;
    }

    /** Whether {@code t} (through its MRO) has an {@code __init__}/{@code __new__} other than object's. */
    private static boolean overrides(PyType t, String name) {
        return t.lookupOwner(name) != PyType.OBJECT;
    }

    private static void installObject() {
        PyType t = PyType.OBJECT;
        // CPython's object_new/object_init: excess arguments are an error unless the other method is overridden.
        Defs.constructor(t, "cls, *args, **kwargs", a -> {
            PyType cls = (PyType) a[0];
            if (hasArgs(a) && (overrides(cls, "__new__") || !overrides(cls, "__init__"))) {
                throw PyErrors.typeError(overrides(cls, "__new__")
                        ? "object.__new__() takes exactly one argument (the type to instantiate)"
                        : cls.name() + "() takes no arguments");
            }
            if (cls == PyType.OBJECT) {
                return new Singletons.Plain(PyType.OBJECT);
            }
            if (!cls.isHeap()) {
                throw PyErrors.typeError("object.__new__(" + cls.name() + ") is not safe, use " + cls.name()
                        + ".__new__()");
            }
            return new PyInstance(cls);
        });
        method(t, "__init__", "self, *args, **kwargs", a -> {
            PyType cls = PyType.of(a[0]);
            if (hasArgs(a) && (overrides(cls, "__init__") || !overrides(cls, "__new__"))) {
                throw PyErrors.typeError(overrides(cls, "__init__")
                        ? "object.__init__() takes exactly one argument (the instance to initialize)"
                        : cls.name() + "() takes no arguments");
            }
            return PyNone.NONE;
        });
        method(t, "__getattribute__", "self, name, /", a -> {
            String name = Args.str(a[1], "attribute name");
            Object v = Attributes.generic(a[0], PyType.of(a[0]), name);
            if (v == null) {
                throw PyErrors.attributeError(a[0], name);
            }
            return v;
        });
        method(t, "__setattr__", "self, name, value, /", a -> {
            Attributes.setGeneric(a[0], PyType.of(a[0]), Args.str(a[1], "attribute name"), a[2]);
            return PyNone.NONE;
        });
        method(t, "__delattr__", "self, name, /", a -> {
            Attributes.deleteGeneric(a[0], PyType.of(a[0]), Args.str(a[1], "attribute name"));
            return PyNone.NONE;
        });
    }

    private static void installType() {
        PyType t = PyType.TYPE;
        Defs.constructor(t, "cls, *args, **kwargs", a -> {
            PyType meta = (PyType) a[0];
            Object[] args = ((PyTuple) a[1]).items();
            if (args.length == 1 && meta == PyType.TYPE && ((PyDict) a[2]).size() == 0) {
                return PyType.of(args[0]);
            }
            if (args.length != 3) {
                throw PyErrors.typeError("type() takes 1 or 3 arguments");
            }
            String name = Args.str(args[0], "type.__new__() argument 1");
            if (!(args[1] instanceof PyTuple bases)) {
                throw PyErrors.typeError("type.__new__() argument 2 must be tuple, not " + Ops.typeName(args[1]));
            }
            if (!(args[2] instanceof PyDict ns)) {
                throw PyErrors.typeError("type.__new__() argument 3 must be dict, not " + Ops.typeName(args[2]));
            }
            if (ns.get("__module__") == null) {
                ns.put("__module__", org.krait.nodes.Frames.callerGlobals().get("__name__"));
            }
            PyType winner = ClassBuilder.metaclass(meta, bases);
            if (winner != meta && winner.lookup("__new__") != meta.lookup("__new__")) {
                return Calls.call(winner, args, new String[0], new Object[0]);
            }
            return ClassBuilder.create(winner, name, bases, ns, (PyDict) a[2]);
        });
        method(t, "__init__", "self, *args, **kwargs", a -> PyNone.NONE);
        method(t, "__call__", "self, *args, **kwargs", a -> Calls.withKeywords((PyDict) a[2],
                (names, values) -> Calls.instantiate((PyType) a[0], ((PyTuple) a[1]).items(), names, values)));
        method(t, "mro", "self", a -> new PyList(((PyType) a[0]).mro().clone()));
        method(t, "__setattr__", "self, name, value, /", a -> {
            Attributes.setTypeAttribute((PyType) a[0], Args.str(a[1], "attribute name"), a[2]);
            return PyNone.NONE;
        });
        method(t, "__subclasses__", "self", a -> new PyList(((PyType) a[0]).subclasses().toArray()));
        method(t, "__instancecheck__", "self, instance, /", a -> PyType.of(a[1]).isSubtypeOf((PyType) a[0]));
        method(t, "__subclasscheck__", "self, subclass, /", a -> a[1] instanceof PyType s
                && s.isSubtypeOf((PyType) a[0]));
        t.define("__prepare__", new PyClassMethod(PyType.CLASSMETHOD,
                new org.krait.runtime.PyBuiltinFunction("type.__prepare__", "*args, **kwargs", a -> new PyDict())));
    }

    private static void installProperty() {
        PyType t = PyType.PROPERTY;
        Defs.constructor(t, "cls, fget=None, fset=None, fdel=None, doc=None", a -> {
            Object doc = a[4];
            if (doc == PyNone.NONE && a[1] instanceof PyFunction f) {
                doc = f.doc;
            }
            return new PyProperty((PyType) a[0], a[1], a[2], a[3], doc);
        });
        method(t, "getter", "self, fget, /", a -> copy(a[0], a[1], null, null));
        method(t, "setter", "self, fset, /", a -> copy(a[0], null, a[1], null));
        method(t, "deleter", "self, fdel, /", a -> copy(a[0], null, null, a[1]));
        method(t, "__get__", "self, instance, owner=None, /", a -> a[1] == PyNone.NONE ? a[0]
                : ((PyProperty) a[0]).get(a[1]));
        method(t, "__set__", "self, instance, value, /", a -> {
            ((PyProperty) a[0]).set(a[1], a[2]);
            return PyNone.NONE;
        });
        method(t, "__delete__", "self, instance, /", a -> {
            ((PyProperty) a[0]).delete(a[1]);
            return PyNone.NONE;
        });
    }

    private static PyProperty copy(Object self, Object fget, Object fset, Object fdel) {
        PyProperty p = (PyProperty) self;
        PyProperty c = new PyProperty(p.type(), fget != null ? fget : p.fget, fset != null ? fset : p.fset,
                fdel != null ? fdel : p.fdel, p.doc == PyNone.NONE && fget instanceof PyFunction f ? f.doc : p.doc);
        c.name = p.name;
        return c;
    }

    private static void installMethodWrappers() {
        Defs.constructor(PyType.CLASSMETHOD, "cls, function, /", a -> new PyClassMethod((PyType) a[0], a[1]));
        method(PyType.CLASSMETHOD, "__get__", "self, instance, owner=None, /", a -> Descriptors.bind(a[0],
                a[1] == PyNone.NONE ? null : a[1], a[2] instanceof PyType o ? o : PyType.of(a[1])));
        Defs.constructor(PyType.STATICMETHOD, "cls, function, /", a -> new PyStaticMethod((PyType) a[0], a[1]));
        method(PyType.STATICMETHOD, "__get__", "self, instance, owner=None, /", a -> ((PyStaticMethod) a[0]).function);
        method(PyType.STATICMETHOD, "__call__", "self, *args, **kwargs", a -> Calls.withKeywords((PyDict) a[2],
                (names, values) -> Calls.call(((PyStaticMethod) a[0]).function, ((PyTuple) a[1]).items(), names,
                        values)));
    }

    private static void installSuper() {
        Defs.constructor(PyType.SUPER, "cls, type=?, obj=?, /", a -> {
            if (Args.missing(a[1])) {
                throw PyErrors.create(org.krait.runtime.ExceptionTypes.RUNTIME_ERROR, "super(): no arguments");
            }
            if (!(a[1] instanceof PyType thisClass)) {
                throw PyErrors.typeError("super() argument 1 must be a type, not " + Ops.typeName(a[1]));
            }
            if (Args.missing(a[2])) {
                throw PyErrors.notImplemented("unbound super objects");
            }
            return new PySuper(thisClass, a[2]);
        });
    }
}
