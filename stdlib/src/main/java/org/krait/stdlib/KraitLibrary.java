package org.krait.stdlib;

import org.krait.runtime.LibraryProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The standard-library modules written in Krait: {@code .py} resources under {@code org/krait/stdlib/lib/},
 * {@code NAME.py} for a module and {@code NAME/__init__.py} for a package ({@code a.b} lives in {@code a/b.py}).
 */
public final class KraitLibrary implements LibraryProvider {
    private static final String ROOT = "lib/";

    @Override
    public Module find(String name) {
        String rel = name.replace('.', '/');
        String text = read(rel + ".py");
        if (text != null) {
            return new Module("<krait>/" + rel + ".py", text, false);
        }
        text = read(rel + "/__init__.py");
        return text == null ? null : new Module("<krait>/" + rel + "/__init__.py", text, true);
    }

    private static String read(String rel) {
        try (InputStream in = KraitLibrary.class.getResourceAsStream(ROOT + rel)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
