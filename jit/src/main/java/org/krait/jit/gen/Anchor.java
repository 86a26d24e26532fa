package org.krait.jit.gen;

import java.lang.invoke.MethodHandles;

/** The package generated classes are defined in (as hidden classes): this lookup defines them. */
public final class Anchor {
    private Anchor() {
    }

    public static MethodHandles.Lookup lookup() {
        return MethodHandles.lookup();
    }
}
