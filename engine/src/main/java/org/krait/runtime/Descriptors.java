package org.krait.runtime;

/** The descriptor protocol: what a class attribute becomes when read through an instance or the class. */
public final class Descriptors {
    private Descriptors() {
    }

    /**
     * Class attribute {@code v} of {@code type} read through instance {@code obj}, or through the class itself
     * when {@code obj} is null.
     */
    public static Object bind(Object v, Object obj, PyType type) {
        if (v instanceof PyFunction || v instanceof PyBuiltinFunction f && f.isMethod()) {
            return obj == null ? v : new PyBoundMethod(obj, v);
        } else if (v instanceof PyClassMethod cm) {
            return new PyBoundMethod(type, cm.function);
        } else if (v instanceof PyStaticMethod sm) {
            return sm.function;
        } else if (v instanceof PyProperty p) {
            return obj == null ? p : p.get(obj);
        } else if (v instanceof PyObject o && o.type().isHeap()) {
            Object get = o.type().lookup("__get__");
            if (get != null) {
                return Calls.call(get, v, obj == null ? PyNone.NONE : obj, type);
            }
        }
        return v;
    }

    /** Data descriptors (with {@code __set__} or {@code __delete__}) take precedence over instance attributes. */
    public static boolean isData(Object v) {
        if (v instanceof PyProperty) {
            return true;
        }
        return v instanceof PyObject o && o.type().isHeap()
                && (o.type().lookup("__set__") != null || o.type().lookup("__delete__") != null);
    }

    /** Assignment through a data descriptor; false when {@code v} is not one. */
    public static boolean set(Object v, Object obj, Object value) {
        if (v instanceof PyProperty p) {
            p.set(obj, value);
            return true;
        }
        if (v instanceof PyObject o && o.type().isHeap()) {
            Object set = o.type().lookup("__set__");
            if (set != null) {
                Calls.call(set, v, obj, value);
                return true;
            }
        }
        return false;
    }

    /** Deletion through a data descriptor; false when {@code v} is not one. */
    public static boolean delete(Object v, Object obj) {
        if (v instanceof PyProperty p) {
            p.delete(obj);
            return true;
        }
        if (v instanceof PyObject o && o.type().isHeap()) {
            Object del = o.type().lookup("__delete__");
            if (del != null) {
                Calls.call(del, v, obj);
                return true;
            }
        }
        return false;
    }
}
