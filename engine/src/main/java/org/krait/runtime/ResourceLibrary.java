package org.krait.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A {@link LibraryProvider} whose modules are {@code .py} resources of the providing jar:
 * {@code NAME.py} for a module and {@code NAME/__init__.py} for a package ({@code a.b} lives in {@code a/b.py}).
 */
public abstract class ResourceLibrary implements LibraryProvider {
    /**
     * Opens a resource of the providing jar, or returns null. Subclasses implement it with their own
     * {@code getResourceAsStream}: resources of a named module are only readable from code in that module.
     */
    protected abstract InputStream open(String path);

    /** Whether this library ships {@code name} at all (cheap filter before looking for resources). */
    protected boolean covers(String name) {
        return true;
    }

    @Override
    public Module find(String name) {
        if (!covers(name)) {
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

    private String read(String rel) {
        try (InputStream in = open(rel)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
