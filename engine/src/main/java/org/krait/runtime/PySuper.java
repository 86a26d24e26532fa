package org.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * {@code super(cls, obj)}: attribute lookup that starts after {@code cls} in the MRO of {@code obj}'s type
 * (or of {@code obj} itself when it is a class, as in class methods).
 */
public final class PySuper extends PyObject {
    public final PyType thisClass;
    public final Object self;
    /** The class whose MRO is searched. */
    public final PyType selfType;

    public PySuper(PyType thisClass, Object self) {
        super(PyType.SUPER);
        this.thisClass = thisClass;
        this.self = self;
        if (self instanceof PyType t && t.isSubtypeOf(thisClass)) {
            this.selfType = t;
        } else if (PyType.of(self).isSubtypeOf(thisClass)) {
            this.selfType = PyType.of(self);
        } else {
            throw PyErrors.typeError("super(type, obj): obj must be an instance or subtype of type");
        }
    }

    /** The attribute bound to {@link #self}, or null. */
    @TruffleBoundary
    public Object getAttribute(String name) {
        if (name.equals("__class__")) {
            return PyType.SUPER;
        }
        PyType[] mro = selfType.mro();
        int i = 0;
        while (i < mro.length && mro[i] != thisClass) {
            i++;
        }
        for (i++; i < mro.length; i++) {
            Object v = mro[i].dict().get(name);
            if (v != null) {
                return Descriptors.bind(v, self == selfType ? null : self, selfType);
            }
        }
        return null;
    }
}
