package org.krait.jit;

import org.krait.runtime.ResourceLibrary;

import java.io.InputStream;

/**
 * The {@code numba} compatibility package, written in Krait ({@code .py} resources under {@code org/krait/jit/lib/}):
 * it re-exports {@code kjit} under the module names Numba programs import ({@code numba}, {@code numba.core.errors},
 * {@code numba.types}, ...).
 */
public final class JitLibrary extends ResourceLibrary {
    @Override
    protected InputStream open(String path) {
        return JitLibrary.class.getResourceAsStream("lib/" + path);
    }

    @Override
    protected boolean covers(String name) {
        return name.equals("numba") || name.startsWith("numba.");
    }
}
