package org.krait.runtime;

/** {@code property(fget, fset, fdel, doc)}: a data descriptor calling Python functions. */
public final class PyProperty extends PyObject {
    public final Object fget;
    public final Object fset;
    public final Object fdel;
    public final Object doc;
    /** The attribute name, from {@code __set_name__}, for error messages. */
    public String name;

    public PyProperty(PyType type, Object fget, Object fset, Object fdel, Object doc) {
        super(type);
        this.fget = fget;
        this.fset = fset;
        this.fdel = fdel;
        this.doc = doc;
    }

    public Object get(Object obj) {
        if (fget == PyNone.NONE) {
            throw PyErrors.attributeErrorMessage(message(obj, "getter"));
        }
        return Calls.call(fget, obj);
    }

    public void set(Object obj, Object value) {
        if (fset == PyNone.NONE) {
            throw PyErrors.attributeErrorMessage(message(obj, "setter"));
        }
        Calls.call(fset, obj, value);
    }

    public void delete(Object obj) {
        if (fdel == PyNone.NONE) {
            throw PyErrors.attributeErrorMessage(message(obj, "deleter"));
        }
        Calls.call(fdel, obj);
    }

    private String message(Object obj, String what) {
        String owner = Ops.typeName(obj);
        return name == null ? "property of '" + owner + "' object has no " + what
                : "property '" + name + "' of '" + owner + "' object has no " + what;
    }
}
