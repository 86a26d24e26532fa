package org.krait.runtime;

/**
 * Service interface through which modules outside the engine (the {@code stdlib} and {@code jit}
 * jars) contribute importable built-in modules. The engine finds providers with
 * {@link java.util.ServiceLoader}, so it never depends on those jars.
 */
public interface ModuleProvider {
    /** The module names this provider can create, e.g. {@code "time"}. */
    java.util.Set<String> moduleNames();

    /** Creates and fills the module called {@code name}; called once per context. */
    PyModule create(String name, KraitContext context);
}
