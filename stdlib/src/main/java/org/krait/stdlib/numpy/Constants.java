package org.krait.stdlib.numpy;

import org.krait.runtime.KraitContext;

/** {@code NotImplemented} and {@code Ellipsis}, taken from the builtins (the engine does not export them). */
final class Constants {
    static volatile Object notImplemented;
    static volatile Object ellipsis;

    private Constants() {
    }

    static void init(KraitContext context) {
        notImplemented = context.builtins().getAttribute("NotImplemented");
        ellipsis = context.builtins().getAttribute("Ellipsis");
    }
}
