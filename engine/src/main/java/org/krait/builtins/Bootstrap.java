package org.krait.builtins;

import org.krait.runtime.KraitContext;
import org.krait.runtime.PyBuiltinFunction;
import org.krait.runtime.PyType;

/** Fills a new context's {@code builtins} and {@code sys} modules. */
public final class Bootstrap {
    private Bootstrap() {
    }

    public static void install(KraitContext context) {
        BuiltinTypes.install();
        GeneratorMethods.install();
        BuiltinFunctions.install(context.builtins(), context);
        Execution.install(context.builtins(), context);
        SysModule.install(context);
        TracebackModule.install(context);
        markInlinable(context);
    }

    /**
     * The small builtins that hot loops call most; compiled code inlines them. Bodies must not recurse. Not
     * {@code dict.get}: its lookup is a boundary anyway, and inlining the method wrapper around it made every
     * {@code d.get(k)} a graph of a thousand nodes for the Graal compiler.
     */
    private static void markInlinable(KraitContext context) {
        ((PyBuiltinFunction) context.builtins().getAttribute("len")).markInlinable();
        ((PyBuiltinFunction) PyType.LIST.lookup("append")).markInlinable();
    }
}
