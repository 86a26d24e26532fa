package org.krait.jit.codegen;

import org.krait.jit.Gil;
import org.krait.runtime.Calls;
import org.krait.runtime.KraitContext;

/** {@code print()} in jitted code: the interpreter's print, with the GIL held while it runs. */
public final class JitIO {
    private JitIO() {
    }

    public static void print(Object[] values, boolean nogil) {
        Object taken = nogil ? Gil.reacquire() : null;
        try {
            Calls.call(KraitContext.get(null).builtins().getAttribute("print"), values);
        } finally {
            if (nogil) {
                Gil.releaseAgain(taken);
            }
        }
    }
}
