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
            return m.getAttribute(name);
        }
        if (obj instanceof PyType t) {
            return typeAttribute(t, name);
        }
        Object special = special(obj, name);
        if (special != null) {
            return special;
        }
        Object v = PyType.of(obj).lookup(name);
        if (v instanceof PyFunction || v instanceof PyBuiltinFunction) {
            return new PyBoundMethod(obj, v);
        }
        return v;
    }

    private static Object typeAttribute(PyType t, String name) {
        switch (name) {
            case "__name__":
            case "__qualname__":
                return t.name();
            case "__module__":
                return t.module();
            case "__bases__":
                return new PyTuple(t.bases().clone());
            case "__mro__":
                return new PyTuple(t.mro().clone());
            case "__class__":
                return t.type();
            case "__doc__": {
                Object doc = t.lookup("__doc__");
                return doc == null ? PyNone.NONE : doc;
            }
            default:
                Object v = t.lookup(name);
                return v != null ? v : PyType.of(t).lookup(name);
        }
    }

    /** Per-object attributes that do not live in the type: function metadata, exception fields. */
    private static Object special(Object obj, String name) {
        if (name.equals("__class__")) {
            return PyType.of(obj);
        }
        if (obj instanceof HostObject h) {
            return h.attribute(name);
        }
        if (obj instanceof PyFunction f) {
            switch (name) {
                case "__name__": return f.name;
                case "__qualname__": return f.qualname;
                case "__doc__": return f.doc;
                case "__module__": return f.globals().name();
                case "__defaults__": return f.defaults.length == 0 ? PyNone.NONE : new PyTuple(f.defaults.clone());
                case "__globals__": return f.globals();
                default: return f.attributes().get(name);
            }
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

    @TruffleBoundary
    public static void set(Object obj, String name, Object value) {
        if (obj instanceof PyModule m) {
            m.setAttribute(name, value);
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
                default -> e.attributes().put(name, value);
            }
        } else if (obj instanceof PyType t && !"builtins".equals(t.module())) {
            t.setAttribute(name, value);
        } else if (obj instanceof PyType t) {
            throw PyErrors.typeError("cannot set '" + name + "' attribute of immutable type '" + t.name() + "'");
        } else {
            throw PyErrors.attributeError(obj, name);
        }
    }

    @TruffleBoundary
    public static void delete(Object obj, String name) {
        if (obj instanceof PyModule m && m.getAttribute(name) != null) {
            m.setAttribute(name, null);
        } else if (obj instanceof PyFunction f && f.attributes().remove(name) != null) {
            return;
        } else if (obj instanceof PyType t && !"builtins".equals(t.module()) && t.dict().containsKey(name)) {
            t.setAttribute(name, null);
        } else {
            throw PyErrors.attributeError(obj, name);
        }
    }
}
