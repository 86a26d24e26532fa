package org.krait.stdlib;

import org.krait.runtime.ResourceLibrary;

import java.io.InputStream;

/**
 * The standard-library modules written in Krait: {@code .py} resources under {@code org/krait/stdlib/lib/},
 * {@code NAME.py} for a module and {@code NAME/__init__.py} for a package ({@code a.b} lives in {@code a/b.py}).
 */
public final class KraitLibrary extends ResourceLibrary {
    @Override
    protected InputStream open(String path) {
        return KraitLibrary.class.getResourceAsStream("lib/" + path);
    }
}
