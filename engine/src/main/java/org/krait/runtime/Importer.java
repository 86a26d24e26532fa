package org.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.source.Source;
import org.krait.KraitLanguage;

import java.io.IOException;

/**
 * The import system: {@code sys.modules} first, then built-in modules (engine and {@link ModuleProvider}s),
 * then {@code NAME.py} or {@code NAME/__init__.py} on {@code sys.path}, then modules written in Krait that
 * {@link LibraryProvider}s ship.
 */
public final class Importer {
    private Importer() {
    }

    @TruffleBoundary
    public static Object importModule(KraitContext context, String name, boolean returnTop, int level) {
        if (level > 0) {
            throw PyErrors.notImplemented("relative imports");
        }
        String[] parts = name.split("\\.");
        PyModule top = null;
        PyModule current = null;
        StringBuilder qualified = new StringBuilder();
        for (String part : parts) {
            if (!qualified.isEmpty()) {
                qualified.append('.');
            }
            qualified.append(part);
            current = load(context, qualified.toString(), current);
            if (top == null) {
                top = current;
            }
        }
        return returnTop ? top : current;
    }

    private static PyModule load(KraitContext context, String name, PyModule parent) {
        PyModule m = context.modules().get(name);
        if (m != null) {
            return m;
        }
        m = context.providedModule(name);
        if (m != null) {
            return m;
        }
        TruffleFile file = find(context, name, parent);
        if (file != null) {
            try {
                boolean isPackage = file.getName().equals("__init__.py");
                Source source = Source.newBuilder(KraitLanguage.ID, file).build();
                return execute(context, name, parent, source, isPackage ? file.getParent().getPath() : null);
            } catch (IOException e) {
                throw PyErrors.create(ExceptionTypes.IMPORT_ERROR, "cannot read " + file.getPath() + ": " + e.getMessage());
            }
        }
        LibraryProvider.Module lib = context.libraryModule(name);
        if (lib != null) {
            Source source = Source.newBuilder(KraitLanguage.ID, lib.text(), lib.path()).build();
            String dir = lib.isPackage() ? lib.path().substring(0, lib.path().lastIndexOf('/')) : null;
            return execute(context, name, parent, source, dir);
        }
        throw PyErrors.createWithArgs(ExceptionTypes.MODULE_NOT_FOUND_ERROR, "No module named '" + name + "'");
    }

    /** Runs a module's code in a new module object, registered in sys.modules first (so cycles see it). */
    private static PyModule execute(KraitContext context, String name, PyModule parent, Source source, String packageDir) {
        PyModule m = new PyModule(name);
        m.setAttribute("__file__", source.getPath() != null ? source.getPath() : source.getName());
        if (packageDir != null) {
            m.setAttribute("__path__", new PyList(new Object[]{packageDir}));
        }
        context.modules().put(name, m);
        if (parent != null) {
            parent.setAttribute(name.substring(name.lastIndexOf('.') + 1), m);
        }
        try {
            context.language().runModule(context, source, m);
            return m;
        } catch (PyException e) {
            context.modules().remove(name);
            throw e;
        }
    }

    private static TruffleFile find(KraitContext context, String name, PyModule parent) {
        if (!context.env().isFileIOAllowed()) {
            return null; // a sandboxed context imports built-in and library modules only
        }
        String simple = name.substring(name.lastIndexOf('.') + 1);
        Object path = context.sys().getAttribute("path");
        Object[] dirs = parent != null && parent.getAttribute("__path__") instanceof PyList l ? l.toArray()
                : path instanceof PyList l ? l.toArray() : new Object[0];
        for (Object d : dirs) {
            if (!(d instanceof String dir)) {
                continue;
            }
            TruffleFile base = context.env().getPublicTruffleFile(dir.isEmpty() ? "." : dir);
            TruffleFile file = base.resolve(simple + ".py");
            if (file.isRegularFile()) {
                return file;
            }
            TruffleFile pkg = base.resolve(simple).resolve("__init__.py");
            if (pkg.isRegularFile()) {
                return pkg;
            }
        }
        return null;
    }
}
