package org.krait.jit;

import org.krait.runtime.LibraryProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The {@code numba} compatibility package, written in Krait ({@code .py} resources under {@code org/krait/jit/lib/}):
 * it re-exports {@code kjit} under the module names Numba programs import ({@code numba}, {@code numba.core.errors},
 * {@code numba.types}, ...).
 */
public final class JitLibrary implements LibraryProvider {
    private static final String ROOT = "lib/";

    @Override
    public Module find(String name) {
        if (!name.equals("numba") && !name.startsWith("numba.")) {
            return null;
        }
        String rel = name.replace('.', '/');
        String text = read(rel + ".py");
        if (text != null) {
            return new Module("<krait>/" + rel + ".py", text, false);
        }
        text = read(rel + "/__init__.py");
        return text == null ? null : new Module("<krait>/" + rel + "/__init__.py", text, true);
    }

    private static String read(String rel) {
        try (InputStream in = JitLibrary.class.getResourceAsStream(ROOT + rel)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
