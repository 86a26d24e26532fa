package org.krait.runtime;

/** {@code dict.keys()}, {@code values()} or {@code items()}: a live view of the dict. */
public final class PyDictView extends PyObject {
    public final PyDict dict;
    public final Iterators.Kind kind;

    public PyDictView(PyDict dict, Iterators.Kind kind) {
        super(switch (kind) {
            case KEYS -> PyType.DICT_KEYS;
            case VALUES -> PyType.DICT_VALUES;
            case ITEMS -> PyType.DICT_ITEMS;
        });
        this.dict = dict;
        this.kind = kind;
    }
}
