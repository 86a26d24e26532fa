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

    /**
     * {@code import name} (the top package when {@code returnTop}, as {@code import a.b} binds {@code a}) or
     * the module of {@code from name import ...}; {@code level} counts the leading dots, resolved against the
     * package of the importing module {@code importer}.
     */
    @TruffleBoundary
    public static Object importModule(KraitContext context, String name, boolean returnTop, int level,
                                      PyModule importer) {
        if (level > 0) {
            name = resolveRelative(name, level, importer);
        }
        Object top = null;
        Object current = null;
        int start = 0;
        while (true) {
            int dot = name.indexOf('.', start);
            String qualified = dot < 0 ? name : name.substring(0, dot);
            current = load(context, qualified, current);
            if (top == null) {
                top = current;
            }
            if (dot < 0) {
                break;
            }
            start = dot + 1;
        }
        return returnTop && level == 0 ? top : current;
    }

    /** The absolute name of a relative import, from the importing module's {@code __package__}. */
    private static String resolveRelative(String name, int level, PyModule importer) {
        Object pkg = importer.getAttribute("__package__");
        String base = pkg instanceof String p ? p : null;
        if (base == null) {
            String modName = importer.name();
            base = importer.getAttribute("__path__") != null ? modName
                    : modName.contains(".") ? modName.substring(0, modName.lastIndexOf('.')) : "";
        }
        if (base.isEmpty()) {
            throw PyErrors.create(ExceptionTypes.IMPORT_ERROR, "attempted relative import with no known parent package");
        }
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw PyErrors.create(ExceptionTypes.IMPORT_ERROR, "attempted relative import beyond top-level package");
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    /** {@code from package import name} falls back to importing the submodule {@code package.name}. */
    @TruffleBoundary
    public static Object submodule(KraitContext context, Object pkg, String name) {
        if (pkg instanceof PyModule m && m.getAttribute("__path__") != null) {
            try {
                return load(context, m.name() + "." + name, m);
            } catch (PyException e) {
                if (!e.type().isSubtypeOf(ExceptionTypes.MODULE_NOT_FOUND_ERROR)) {
                    throw e;
                }
            }
        }
        return null;
    }

    private static Object load(KraitContext context, String name, Object parent) {
        Object m = context.modules().get(name);
        if (m != null) {
            return m;
        }
        m = context.providedModule(name);
        if (m != null) {
            return m;
        }
        PyModule parentModule = parent instanceof PyModule pm ? pm : null;
        TruffleFile file = find(context, name, parentModule);
        if (file != null) {
            try {
                boolean isPackage = file.getName().equals("__init__.py");
                Source source = Source.newBuilder(KraitLanguage.ID, file).build();
                return execute(context, name, parentModule, source, isPackage ? file.getParent().getPath() : null);
            } catch (IOException e) {
                throw PyErrors.create(ExceptionTypes.IMPORT_ERROR, "cannot read " + file.getPath() + ": " + e.getMessage());
            }
        }
        LibraryProvider.Module lib = context.libraryModule(name);
        if (lib != null) {
            Source source = Source.newBuilder(KraitLanguage.ID, lib.text(), lib.path()).build();
            String dir = lib.isPackage() ? lib.path().substring(0, lib.path().lastIndexOf('/')) : null;
            return execute(context, name, parentModule, source, dir);
        }
        PyException e = PyErrors.create(ExceptionTypes.MODULE_NOT_FOUND_ERROR, "No module named '" + name + "'");
        e.exception().attributes().put("name", name);
        throw e;
    }

    /** Runs a module's code in a new module object, registered in sys.modules first (so cycles see it). */
    private static PyModule execute(KraitContext context, String name, PyModule parent, Source source, String packageDir) {
        PyModule m = new PyModule(name);
        m.setAttribute("__file__", source.getPath() != null ? source.getPath() : source.getName());
        if (packageDir != null) {
            m.setAttribute("__path__", new PyList(new Object[]{packageDir}));
        }
        m.setAttribute("__package__", packageDir != null ? name
                : name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "");
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
            try {
                TruffleFile base = context.env().getPublicTruffleFile(dir.isEmpty() ? "." : dir);
                TruffleFile file = base.resolve(simple + ".py");
                if (file.isRegularFile()) {
                    return file;
                }
                TruffleFile pkg = base.resolve(simple).resolve("__init__.py");
                if (pkg.isRegularFile()) {
                    return pkg;
                }
            } catch (SecurityException e) {
                // an embedder without file access: only built-in and library modules can be imported
            }
        }
        return null;
    }
}
