package org.krait.runtime;

/**
 * CPython's "struct sequences" ({@code sys.version_info}, {@code os.stat_result}, {@code time.struct_time}):
 * tuples whose items are also readable as named attributes, with a repr naming them.
 */
public final class StructSequence {
    private StructSequence() {
    }

    /** A tuple subclass {@code module.name} whose items are {@code fields}. */
    public static PyType type(String module, String name, String... fields) {
        PyType t = PyType.create(PyType.TYPE, name, name, module, new PyType[]{PyType.TUPLE});
        for (int i = 0; i < fields.length; i++) {
            int index = i;
            t.define(fields[i], new PyProperty(PyType.PROPERTY, new PyBuiltinFunction(name + "." + fields[i], "self",
                    a -> ((PyTuple) a[0]).get(index)), PyNone.NONE, PyNone.NONE, PyNone.NONE));
        }
        t.define("n_fields", (long) fields.length);
        t.define("__repr__", new PyBuiltinFunction(name + ".__repr__", "self", a -> repr(module, name, fields,
                (PyTuple) a[0])));
        return t;
    }

    public static PyTuple of(PyType type, Object... items) {
        return new PyTuple(type, items);
    }

    private static String repr(String module, String name, String[] fields, PyTuple t) {
        StringBuilder sb = new StringBuilder(module.equals("builtins") ? "" : module + ".").append(name).append('(');
        for (int i = 0; i < fields.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(fields[i]).append('=').append(Repr.repr(t.get(i)));
        }
        return sb.append(')').toString();
    }
}
