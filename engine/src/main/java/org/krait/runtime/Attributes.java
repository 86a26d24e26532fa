package org.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Attribute access ({@code obj.name}) on every kind of object. */
public final class Attributes {
    private Attributes() {
    }

    /** {@code getattr(obj, name)}, raising AttributeError when absent. */
    @TruffleBoundary
    public static Object get(Object obj, String name) {
        Object v = getOrNull(obj, name);
        if (v == null) {
            throw PyErrors.attributeError(obj, name);
        }
        return v;
    }

    /** The attribute, or null when absent. */
    @TruffleBoundary
    public static Object getOrNull(Object obj, String name) {
        if (obj instanceof PyModule m) {
            return name.equals("__dict__") ? m.namespace() : moduleAttribute(m, name);
        } else if (obj instanceof PyType t) {
            return typeAttribute(t, name);
        } else if (obj instanceof PySuper s) {
            return s.getAttribute(name);
        }
        PyType type = PyType.of(obj);
        if (!type.isHeap()) {
            return generic(obj, type, name);
        }
        Object getattribute = type.lookupHeap("__getattribute__");
        Object getattr = type.lookup("__getattr__");
        if (getattribute == null) {
            Object v = generic(obj, type, name);
            return v != null || getattr == null ? v : Calls.call(getattr, obj, name);
        }
        try {
            return Calls.call(getattribute, obj, name);
        } catch (PyException e) {
            if (getattr == null || !e.exception().type().isSubtypeOf(ExceptionTypes.ATTRIBUTE_ERROR)) {
                throw e;
            }
            return Calls.call(getattr, obj, name);
        }
    }

    /** A module's global, else what its {@code __getattr__} function gives (PEP 562, for lazy attributes). */
    private static Object moduleAttribute(PyModule m, String name) {
        Object v = m.getAttribute(name);
        if (v != null || name.equals("__getattr__") || !(m.getAttribute("__getattr__") instanceof Object hook)) {
            return v;
        }
        try {
            return Calls.call(hook, name);
        } catch (PyException e) {
            if (e.exception().type().isSubtypeOf(ExceptionTypes.ATTRIBUTE_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    /**
     * {@code object.__getattribute__}: a data descriptor of the class, else the instance's own attribute,
     * else the class attribute (bound if it is a descriptor); null when absent.
     */
    @TruffleBoundary
    public static Object generic(Object obj, PyType type, String name) {
        Object attr = type.lookup(name);
        if (attr != null && Descriptors.isData(attr)) {
            return Descriptors.bind(attr, obj, type);
        }
        Object own = special(obj, name);
        if (own == null && obj instanceof PyInstance i) {
            own = i.getAttribute(name);
        } else if (own == null && obj instanceof PyObject o && o.instanceDict() != null) {
            own = o.instanceDict().get(name);
        }
        if (own != null) {
            return own;
        }
        return attr == null ? null : Descriptors.bind(attr, obj, type);
    }

    private static Object typeAttribute(PyType t, String name) {
        switch (name) {
            case "__name__":
                return t.name();
            case "__qualname__":
                return t.qualname();
            case "__bases__":
                return new PyTuple(t.bases().clone());
            case "__base__":
                return t.bases().length == 0 ? PyNone.NONE : t.bases()[0];
            case "__mro__":
                return new PyTuple(t.mro().clone());
            case "__class__":
                return t.type();
            case "__dict__":
                return typeDict(t);
            case "__module__":
                return t.isHeap() && t.dict().get("__module__") != null ? t.dict().get("__module__") : t.module();
            case "__doc__": {
                Object doc = t.dict().get("__doc__");
                return doc == null ? PyNone.NONE : Descriptors.bind(doc, null, t);
            }
            default:
                break;
        }
        PyType meta = t.type();
        Object metaAttr = meta.lookup(name);
        if (metaAttr != null && Descriptors.isData(metaAttr)) {
            return Descriptors.bind(metaAttr, t, meta);
        }
        Object v = t.lookup(name);
        if (v != null) {
            return Descriptors.bind(v, null, t);
        }
        if (metaAttr != null) {
            return Descriptors.bind(metaAttr, t, meta);
        }
        Object getattr = meta.isHeap() ? meta.lookup("__getattr__") : null;
        return getattr == null ? null : Calls.call(getattr, t, name);
    }

    /** {@code cls.__dict__}: a snapshot of the class namespace (CPython gives a read-only mappingproxy). */
    private static PyDict typeDict(PyType t) {
        PyDict d = new PyDict();
        for (java.util.Map.Entry<String, Object> e : t.dict().entrySet()) {
            d.put(e.getKey(), e.getValue());
        }
        return d;
    }

    /** Per-object attributes that do not live in the type: function metadata, exception fields. */
    private static Object special(Object obj, String name) {
        if (name.equals("__class__")) {
            return PyType.of(obj);
        }
        if (obj instanceof HostObject h) {
            return h.attribute(name);
        }
        if (name.equals("__dict__")) {
            return instanceDict(obj);
        }
        if (obj instanceof PyFunction f) {
            switch (name) {
                case "__name__": return f.name;
                case "__qualname__": return f.qualname;
                case "__doc__": return f.doc;
                case "__module__": return f.globals().name();
                case "__defaults__": return f.defaults.length == 0 ? PyNone.NONE : new PyTuple(f.defaults.clone());
                case "__globals__": return f.globals().namespace();
                case "__annotations__": return f.attributes().computeIfAbsent("__annotations__", k -> new PyDict());
                case "__code__": return f.code().object();
                case "__closure__": return f.closure().length == 0 ? PyNone.NONE : new PyTuple(f.closure().clone());
                case "__dict__": return functionDict(f);
                default: return f.attributes().get(name);
            }
        }
        if (obj instanceof PyCell c && name.equals("cell_contents")) {
            if (c.value == null) {
                throw PyErrors.valueError("Cell is empty");
            }
            return c.value;
        }
        if (obj instanceof PyBuiltinFunction f) {
            switch (name) {
                case "__name__": return f.name();
                case "__qualname__": return f.qualname();
                case "__doc__": return PyNone.NONE;
                default: return null;
            }
        }
        if (obj instanceof PyBoundMethod m) {
            switch (name) {
                case "__self__": return m.self;
                case "__func__": return m.function;
                default: return getOrNull(m.function, name);
            }
        }
        if (obj instanceof PyBaseException e) {
            switch (name) {
                case "args": return e.args();
                case "__cause__": return e.cause;
                case "__context__": return e.context;
                case "__suppress_context__": return e.suppressContext;
                case "__traceback__": return e.traceback == null ? PyNone.NONE : e.traceback;
                default: return e.attributes().get(name);
            }
        }
        if (obj instanceof Traceback tb) {
            switch (name) {
                case "tb_lineno": return (long) tb.line;
                case "tb_next": return tb.next == null ? PyNone.NONE : tb.next;
                default: return null;
            }
        }
        if (obj instanceof PyFrame f) {
            switch (name) {
                case "f_globals": return f.globals.namespace();
                case "f_locals": return f.locals;
                case "f_lineno": return (long) f.line;
                case "f_code": return f.code();
                case "f_back": return f.back();
                default: return null;
            }
        }
        if (obj instanceof PyCode c) {
            return c.attribute(name);
        }
        if (obj instanceof PyGenericAlias g) {
            return name.equals("__origin__") ? g.origin : name.equals("__args__") ? g.args : null;
        }
        if (obj instanceof PyGenerator g) {
            switch (name) {
                case "__name__": return g.name;
                case "__qualname__": return g.qualname;
                case "gi_running": return g.isRunning();
                case "gi_frame": return g.isFinished() ? PyNone.NONE : g.frameSnapshot();
                default: return null;
            }
        }
        if (obj instanceof PyProperty p) {
            switch (name) {
                case "fget": return p.fget;
                case "fset": return p.fset;
                case "fdel": return p.fdel;
                case "__doc__": return p.doc;
                default: return null;
            }
        }
        if (obj instanceof PyClassMethod m) {
            return name.equals("__func__") || name.equals("__wrapped__") ? m.function : null;
        }
        if (obj instanceof PyStaticMethod m) {
            return name.equals("__func__") || name.equals("__wrapped__") ? m.function : null;
        }
        if (obj instanceof PySlice s) {
            switch (name) {
                case "start": return s.start;
                case "stop": return s.stop;
                case "step": return s.step;
                default: return null;
            }
        }
        if (obj instanceof PyRange r) {
            switch (name) {
                case "start": return r.startValue();
                case "stop": return r.stopValue();
                case "step": return r.stepValue();
                default: return null;
            }
        }
        if (obj instanceof PyComplex c) {
            switch (name) {
                case "real": return c.real;
                case "imag": return c.imag;
                default: return null;
            }
        }
        if (obj instanceof Double d) {
            switch (name) {
                case "real": return d;
                case "imag": return 0.0;
                default: return null;
            }
        }
        if (Ops.isInt(obj)) {
            switch (name) {
                case "real":
                case "numerator": return obj instanceof Boolean b ? (Object) (b ? 1L : 0L) : obj;
                case "imag": return 0L;
                case "denominator": return 1L;
                default: return null;
            }
        }
        return null;
    }

    /** {@code f.__dict__}: a snapshot of the function's attributes. */
    private static PyDict functionDict(PyFunction f) {
        PyDict d = new PyDict();
        f.attributes().forEach((k, v) -> {
            if (!k.equals("__annotations__")) {
                d.put(k, v);
            }
        });
        return d;
    }

    /** {@code obj.__dict__} for objects that have one; else null. */
    private static PyDict instanceDict(Object obj) {
        if (obj instanceof PyInstance i) {
            return i.type().slotNames() == null ? i.dict() : null;
        }
        if (obj instanceof PyObject o && !(obj instanceof PyType) && (o.type().isHeap() || o.instanceDict() != null)) {
            if (o.instanceDict() == null) {
                o.setInstanceDict(new PyDict());
            }
            return o.instanceDict();
        }
        return null;
    }

    @TruffleBoundary
    public static void set(Object obj, String name, Object value) {
        if (obj instanceof PyModule m) {
            m.setAttribute(name, value);
        } else if (obj instanceof PyType t) {
            Object setattr = t.type().isHeap() ? t.type().lookupHeap("__setattr__") : null;
            if (setattr != null) {
                Calls.call(setattr, t, name, value);
            } else {
                setTypeAttribute(t, name, value);
            }
        } else {
            PyType type = PyType.of(obj);
            Object setattr = type.isHeap() ? type.lookupHeap("__setattr__") : null;
            if (setattr != null) {
                Calls.call(setattr, obj, name, value);
            } else {
                setGeneric(obj, type, name, value);
            }
        }
    }

    /** {@code type.__setattr__}: class attributes, through the metaclass's data descriptors. */
    public static void setTypeAttribute(PyType t, String name, Object value) {
        if (!t.isHeap()) {
            throw PyErrors.typeError("cannot set '" + name + "' attribute of immutable type '" + t.name() + "'");
        }
        Object metaAttr = t.type().lookup(name);
        if (metaAttr != null && Descriptors.set(metaAttr, t, value)) {
            return;
        }
        switch (name) {
            case "__name__" -> t.setName(string(t, name, value));
            case "__qualname__" -> t.setQualname(string(t, name, value));
            default -> t.setAttribute(name, value);
        }
    }

    private static String string(PyType t, String attr, Object value) {
        if (value instanceof String s) {
            return s;
        }
        throw PyErrors.typeError("can only assign string to " + t.name() + "." + attr + ", not '"
                + Ops.typeName(value) + "'");
    }

    /** {@code object.__setattr__}: a data descriptor of the class, else the instance's own attribute. */
    @TruffleBoundary
    public static void setGeneric(Object obj, PyType type, String name, Object value) {
        Object attr = type.lookup(name);
        if (attr != null && Descriptors.set(attr, obj, value)) {
            return;
        }
        if (name.equals("__class__")) {
            setClass(obj, value);
        } else if (obj instanceof PyInstance i) {
            if (type.slotNames() != null && !type.slotNames().contains(name)) {
                throw PyErrors.attributeError(obj, name);
            }
            i.setAttribute(name, value);
        } else if (obj instanceof PyCell c && name.equals("cell_contents")) {
            c.value = value;
        } else if (obj instanceof PyFunction f) {
            switch (name) {
                case "__name__" -> f.name = (String) value;
                case "__qualname__" -> f.qualname = (String) value;
                case "__doc__" -> f.doc = value;
                default -> f.attributes().put(name, value);
            }
        } else if (obj instanceof PyBaseException e) {
            switch (name) {
                case "args" -> e.setArgs(new PyTuple(Ops.toArray(value)));
                case "__cause__" -> {
                    e.cause = value;
                    e.suppressContext = true;
                }
                case "__context__" -> e.context = value;
                case "__suppress_context__" -> e.suppressContext = Ops.isTrue(value);
                case "__traceback__" -> e.traceback = value instanceof Traceback tb ? tb : null;
                default -> e.attributes().put(name, value);
            }
        } else if (instanceDict(obj) instanceof PyDict d) {
            d.put(name, value);
        } else {
            throw PyErrors.attributeError(obj, name);
        }
    }

    /** {@code obj.__class__ = cls}: only between programs' classes of the same kind of object. */
    private static void setClass(Object obj, Object value) {
        if (!(value instanceof PyType cls)) {
            throw PyErrors.typeError("__class__ must be set to a class, not '" + Ops.typeName(value) + "' object");
        }
        if (!(obj instanceof PyInstance i) || !cls.isHeap()) {
            throw PyErrors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        PyDict d = i.dict();
        i.setType(cls);
        i.setInstanceDict(d);
    }

    @TruffleBoundary
    public static void delete(Object obj, String name) {
        if (obj instanceof PyModule m && m.getAttribute(name) != null) {
            m.setAttribute(name, null);
            return;
        } else if (obj instanceof PyType t) {
            if (t.isHeap() && t.dict().containsKey(name)) {
                t.setAttribute(name, null);
                return;
            }
            throw PyErrors.attributeError(obj, name);
        }
        PyType type = PyType.of(obj);
        Object delattr = type.isHeap() ? type.lookupHeap("__delattr__") : null;
        if (delattr != null) {
            Calls.call(delattr, obj, name);
        } else {
            deleteGeneric(obj, type, name);
        }
    }

    /** {@code object.__delattr__}. */
    @TruffleBoundary
    public static void deleteGeneric(Object obj, PyType type, String name) {
        Object attr = type.lookup(name);
        if (attr != null && Descriptors.delete(attr, obj)) {
            return;
        }
        boolean removed = obj instanceof PyInstance i ? i.deleteAttribute(name)
                : obj instanceof PyFunction f ? f.attributes().remove(name) != null
                : obj instanceof PyBaseException e ? e.attributes().remove(name) != null
                : obj instanceof PyObject o && o.instanceDict() != null && o.instanceDict().remove(name) != null;
        if (!removed) {
            throw PyErrors.attributeError(obj, name);
        }
    }
}
