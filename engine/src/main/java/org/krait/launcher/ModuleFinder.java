package org.krait.launcher;

import org.krait.runtime.LibraryProvider;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Finds the file that {@code krait -m NAME} runs, as CPython's {@code runpy} and path finder do: {@code NAME.py}, or
 * {@code NAME/__main__.py} for a package, with dotted names looked up inside packages; the first directory of the
 * search path that has the top-level package or module wins. Packages may be regular ({@code __init__.py}) or
 * namespace packages (plain directories), as in CPython.
 */
final class ModuleFinder {
    private ModuleFinder() {
    }

    /**
     * The file to run, the search-path directory it was found under, and the dotted name of the package to import
     * before running it: its parent package, or the longest prefix of regular packages when namespace packages are
     * involved (they have no code); null when there is none.
     */
    record Found(Path file, Path root, String parentPackage) {
    }

    /**
     * A module of Krait's own library that {@code -m} runs when the search path has none of that name, as CPython
     * falls back on its standard library: its name in tracebacks, its source and the package to import first.
     */
    record InLibrary(String path, String text, String parentPackage) {
    }

    /** The library's providers, as the language finds them. */
    static Iterable<LibraryProvider> libraries() {
        return ServiceLoader.load(LibraryProvider.class, ModuleFinder.class.getClassLoader());
    }

    /** The library module {@code name} (a package's {@code __main__}), or null when the library has none. */
    static InLibrary findInLibrary(String name, Iterable<LibraryProvider> libraries) throws NotFound {
        for (LibraryProvider provider : libraries) {
            LibraryProvider.Module m = provider.find(name);
            if (m == null) {
                continue;
            }
            if (!m.isPackage()) {
                int dot = name.lastIndexOf('.');
                return new InLibrary(m.path(), m.text(), dot < 0 ? null : name.substring(0, dot));
            }
            LibraryProvider.Module main = provider.find(name + ".__main__");
            if (main == null) {
                throw new NotFound("No module named " + name + ".__main__; '" + name
                                + "' is a package and cannot be directly executed");
            }
            return new InLibrary(main.path(), main.text(), name);
        }
        return null;
    }

    /** No such module; the message is CPython's (without the program-name prefix). */
    static final class NotFound extends Exception {
        private static final long serialVersionUID = 1L;

        NotFound(String message) {
            super(message);
        }
    }

    /** The directories {@code -m} searches: the current directory (CPython's {@code sys.path[0]}), then PYTHONPATH. */
    static List<Path> searchPath(Path cwd, String pythonPath) {
        List<Path> dirs = new ArrayList<>();
        dirs.add(cwd);
        if (pythonPath != null) {
            for (String entry : pythonPath.split(File.pathSeparator)) {
                dirs.add(entry.isEmpty() ? cwd : cwd.resolve(entry));
            }
        }
        return dirs;
    }

    static Found find(String name, List<Path> searchPath) throws NotFound {
        if (name.startsWith(".")) {
            throw new NotFound("Relative module names not supported");
        }
        String[] parts = name.split("\\.", -1);
        for (String part : parts) {
            if (!isIdentifier(part)) {
                throw new NotFound("No module named " + name);
            }
        }
        // Resolve each dotted component in turn: a package (directory) or, for the last one only, a module.
        List<Path> dirs = searchPath;
        Path root = null;
        int regular = 0; // how many leading components are regular packages
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean last = i == parts.length - 1;
            Path module = null;
            List<Path> packages = new ArrayList<>();
            for (Path dir : dirs) {
                Path pkg = dir.resolve(part);
                Path file = dir.resolve(part + ".py");
                // A regular package or a module wins at once, even over namespace portions found before.
                if (Files.isRegularFile(pkg.resolve("__init__.py"))) {
                    packages = List.of(pkg);
                    regular += regular == i ? 1 : 0;
                    root = i == 0 ? dir : root;
                    break;
                }
                if (Files.isRegularFile(file)) {
                    packages = List.of();
                    module = file;
                    root = i == 0 ? dir : root;
                    break;
                }
                if (Files.isDirectory(pkg)) {
                    if (packages.isEmpty() && i == 0) {
                        root = dir;
                    }
                    packages.add(pkg); // a portion of a namespace package
                }
            }
            String qualified = String.join(".", Arrays.copyOf(parts, i + 1));
            if (module != null) {
                if (!last) {
                    throw new NotFound("Error while finding module specification for '" + name
                                    + "' (ModuleNotFoundError: __path__ attribute not found on '" + qualified
                                    + "' while trying to find '" + String.join(".", Arrays.copyOf(parts, i + 2))
                                    + "')");
                }
                return new Found(module.toAbsolutePath().normalize(), root.toAbsolutePath().normalize(),
                                prefix(parts, Math.min(regular, i)));
            }
            if (packages.isEmpty()) {
                if (i == 0 || last) {
                    throw new NotFound(i == 0 && !last
                                    ? "Error while finding module specification for '" + name
                                                    + "' (ModuleNotFoundError: No module named '" + part + "')"
                                    : "No module named " + name);
                }
                throw new NotFound("Error while finding module specification for '" + name
                                + "' (ModuleNotFoundError: No module named '" + qualified + "')");
            }
            if (last) {
                for (Path pkg : packages) {
                    Path main = pkg.resolve("__main__.py");
                    if (Files.isRegularFile(main)) {
                        return new Found(main.toAbsolutePath().normalize(), root.toAbsolutePath().normalize(),
                                        prefix(parts, regular));
                    }
                }
                throw new NotFound("No module named " + name + ".__main__; '" + name
                                + "' is a package and cannot be directly executed");
            }
            dirs = packages;
        }
        throw new AssertionError("not reached");
    }

    /** The first {@code n} dotted components, or null when {@code n == 0}. */
    private static String prefix(String[] parts, int n) {
        return n == 0 ? null : String.join(".", Arrays.copyOf(parts, n));
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty() || !Character.isUnicodeIdentifierStart(s.codePointAt(0)) && s.charAt(0) != '_') {
            return false;
        }
        return s.codePoints().allMatch(c -> Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
    }
}
