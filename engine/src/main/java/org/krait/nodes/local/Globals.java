package org.krait.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.krait.runtime.PyFunction;
import org.krait.runtime.PyModule;

/** Where the running code's globals are: frame argument 0 is the function, or the module for module code. */
public final class Globals {
    private Globals() {
    }

    public static PyModule of(VirtualFrame frame) {
        Object a = frame.getArguments()[0];
        return a instanceof PyFunction f ? f.globals() : (PyModule) a;
    }
}
