package org.krait.runtime;

/**
 * Service interface through which jars outside the engine ship modules written in Krait itself
 * ({@code .py} resources). The importer asks providers after {@code sys.path}, so a program's own
 * {@code collections.py} shadows the library's one, as in CPython.
 */
public interface LibraryProvider {
    /** The module called {@code name} ("functools", "concurrent.futures"), or null if this provider has none. */
    Module find(String name);

    /** A library module's source: {@code path} names it in tracebacks and {@code __file__}. */
    record Module(String path, String text, boolean isPackage) {
    }
}
