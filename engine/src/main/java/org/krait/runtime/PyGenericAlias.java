package org.krait.runtime;

/** {@code list[int]}: a built-in class with type arguments, as used in annotations (types.GenericAlias). */
public final class PyGenericAlias extends PyObject {
    public static final PyType TYPE = PyType.newBuiltin("GenericAlias");

    public final PyType origin;
    public final PyTuple args;

    public PyGenericAlias(PyType origin, Object args) {
        super(TYPE);
        this.origin = origin;
        this.args = args instanceof PyTuple t ? t : PyTuple.of(args);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(origin.qualname()).append('[');
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            sb.append(i == 0 ? "" : ", ").append(a instanceof PyType t ? Repr.qualifiedName(t) : Repr.repr(a));
        }
        return sb.append(']').toString();
    }
}
