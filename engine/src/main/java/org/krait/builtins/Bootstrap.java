package org.krait.builtins;

import org.krait.runtime.KraitContext;

/** Fills a new context's {@code builtins} and {@code sys} modules. */
public final class Bootstrap {
    private Bootstrap() {
    }

    public static void install(KraitContext context) {
        BuiltinTypes.install();
        GeneratorMethods.install();
        BuiltinFunctions.install(context.builtins(), context);
        SysModule.install(context);
    }
}
