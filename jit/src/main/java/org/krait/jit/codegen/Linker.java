package org.krait.jit.codegen;

import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;

/**
 * Bootstrap of the {@code invokedynamic} calls between generated classes: a hidden class cannot name another, so
 * each call site is handed over in the caller's class data (a constant call site for a callee that already exists,
 * a mutable one bound once the callees compiled in the same batch exist). Either way HotSpot inlines through it.
 */
public final class Linker {
    private Linker() {
    }

    public static CallSite callSite(MethodHandles.Lookup caller, String name, MethodType type, int index)
            throws IllegalAccessException {
        List<?> data = MethodHandles.classData(caller, "_", List.class);
        return (CallSite) data.get(index);
    }
}
