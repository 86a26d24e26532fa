package org.krait.runtime;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** The {@code None} singleton. */
@ExportLibrary(InteropLibrary.class)
public final class PyNone extends PyObject {
    public static final PyNone NONE = new PyNone();

    private PyNone() {
        super(PyType.NONE_TYPE);
    }

    @ExportMessage
    boolean isNull() {
        return true;
    }

    @ExportMessage
    Object toDisplayString(boolean allowSideEffects) {
        return "None";
    }
}
