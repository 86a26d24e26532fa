package org.krait.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.krait.runtime.LibraryProvider;

/** Programs run in-process through {@link KraitMain#run}: {@code -m}, {@code exit()} and stream ordering. */
class KraitMainTest {

    @TempDir
    Path dir;

    private record Result(int status, String out, String err) {
    }

    private Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = KraitMain.run(args, new ByteArrayInputStream(new byte[0]), out, err, () -> false,
                        dir.toAbsolutePath().normalize());
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path write(String relative, String text) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p.toAbsolutePath().normalize();
    }

    private String abs(String relative) {
        return dir.resolve(relative).toAbsolutePath().normalize().toString();
    }

    @Test
    void optimizeFlagsDropAssertsThenDocstrings() throws IOException {
        // expected lines as CPython 3.11 prints them with no flag, -O and -OO
        Path program = write("opt.py", """
                        \"""module doc\"""
                        import sys
                        def f():
                            \"""doc of f\"""
                        class C:
                            \"""doc of C\"""
                        try:
                            assert False, "checked"
                        except AssertionError as e:
                            print("assert:", e)
                        print(__debug__, sys.flags.optimize, __doc__, f.__doc__, C.__doc__)
                        """);
        assertEquals("assert: checked\nTrue 0 module doc doc of f doc of C\n", run(program.toString()).out());
        assertEquals("False 1 module doc doc of f doc of C\n", run("-O", program.toString()).out());
        assertEquals("False 2 None None None\n", run("-OO", program.toString()).out());
    }

    @Test
    void moduleRunsAsMainWithItsPathAsArgv0() throws IOException {
        write("greet.py", """
                        import sys
                        print(__name__, sys.argv[1:])
                        print(sys.argv[0] == __file__ == %s)
                        import helper
                        print(helper.VALUE)
                        """.formatted(KraitMain.pyRepr(abs("greet.py"))));
        write("helper.py", "VALUE = 42\n");
        Result r = run("-m", "greet", "a", "-b");
        assertEquals("", r.err());
        assertEquals("__main__ ['a', '-b']\nTrue\n42\n", r.out());
        assertEquals(0, r.status());
    }

    @Test
    void packagesRunMainAfterTheirInit() throws IOException {
        write("tool/__init__.py", "print('init', __name__)\nNAME = 'tool'\n");
        write("tool/__main__.py", """
                        import sys
                        import tool
                        print('main', __name__, tool.NAME, sys.argv[1:])
                        print(sys.path[0] == %s)
                        """.formatted(KraitMain.pyRepr(abs(""))));
        write("tool/sub/__init__.py", "print('sub init', __name__)\n");
        write("tool/sub/leaf.py", "import sys\nprint('leaf', __name__, sys.argv[0].endswith('leaf.py'))\n");
        Result r = run("-m", "tool", "x");
        assertEquals("", r.err());
        assertEquals("init tool\nmain __main__ tool ['x']\nTrue\n", r.out());
        assertEquals(0, r.status());

        r = run("-m", "tool.sub.leaf");
        assertEquals("init tool\nsub init tool.sub\nleaf __main__ True\n", r.out());
        assertEquals(0, r.status());
    }

    @Test
    void moduleErrorsAreCPythons() throws IOException {
        write("pkg/__init__.py", "");
        write("plain.py", "");
        assertEquals(new Result(1, "", "krait: No module named nosuch\n"), run("-m", "nosuch"));
        assertEquals(new Result(1, "", "krait: No module named pkg.__main__; 'pkg' is a package and cannot be "
                        + "directly executed\n"), run("-m", "pkg"));
        assertEquals(new Result(1, "", "krait: No module named pkg.nosuch\n"), run("-m", "pkg.nosuch"));
        assertEquals(new Result(1, "", "krait: Error while finding module specification for 'nosuch.x' "
                        + "(ModuleNotFoundError: No module named 'nosuch')\n"), run("-m", "nosuch.x"));
        assertEquals(new Result(1, "", "krait: Error while finding module specification for 'plain.x' "
                        + "(ModuleNotFoundError: __path__ attribute not found on 'plain' while trying to find "
                        + "'plain.x')\n"), run("-m", "plain.x"));
        assertEquals(new Result(1, "", "krait: Relative module names not supported\n"), run("-m", ".plain"));
        assertEquals(new Result(1, "", "krait: No module named a-b\n"), run("-m", "a-b"));
        // An uncaught exception in the module: a traceback and status 1.
        write("boom.py", "print('before')\nraise ValueError('boom')\n");
        Result r = run("-m", "boom");
        assertEquals(1, r.status());
        assertEquals("before\n", r.out());
        assertEquals("ValueError: boom", r.err().strip().lines().reduce((a, b) -> b).orElseThrow());
    }

    @Test
    void finderSearchOrder() throws Exception {
        Path first = write("a/mod.py", "").getParent();
        Path second = write("b/mod/__init__.py", "").getParent().getParent();
        write("b/mod/__main__.py", "");
        write("b/ns/deep/__main__.py", "");
        write("b/reg/__init__.py", "");
        write("b/reg/ns2/leaf.py", "");
        List<Path> path = ModuleFinder.searchPath(first, second.toString());
        assertEquals(List.of(first, second), path);
        // The first directory that has the name wins.
        ModuleFinder.Found found = ModuleFinder.find("mod", path);
        assertEquals(first.resolve("mod.py"), found.file());
        assertNull(found.parentPackage());
        found = ModuleFinder.find("mod", List.of(second, first));
        assertEquals(second.resolve("mod/__main__.py"), found.file());
        assertEquals("mod", found.parentPackage());
        assertEquals(second, found.root());
        // Namespace packages (no __init__.py) have no code to import first.
        found = ModuleFinder.find("ns.deep", path);
        assertEquals(second.resolve("ns/deep/__main__.py"), found.file());
        assertNull(found.parentPackage());
        assertEquals("reg", ModuleFinder.find("reg.ns2.leaf", path).parentPackage());
        assertThrows(ModuleFinder.NotFound.class, () -> ModuleFinder.find("", path));
    }

    @Test
    void libraryModulesComeAfterTheSearchPath() throws Exception {
        java.util.Map<String, LibraryProvider.Module> library = java.util.Map.of(
                "tool", new LibraryProvider.Module("<krait>/tool.py", "print('tool')\n", false),
                "pkg", new LibraryProvider.Module("<krait>/pkg/__init__.py", "", true),
                "pkg.__main__", new LibraryProvider.Module("<krait>/pkg/__main__.py", "", false),
                "pkg.leaf", new LibraryProvider.Module("<krait>/pkg/leaf.py", "", false),
                "bare", new LibraryProvider.Module("<krait>/bare/__init__.py", "", true));
        List<LibraryProvider> providers = List.of(library::get);
        ModuleFinder.InLibrary tool = ModuleFinder.findInLibrary("tool", providers);
        assertEquals(new ModuleFinder.InLibrary("<krait>/tool.py", "print('tool')\n", null), tool);
        assertEquals("pkg", ModuleFinder.findInLibrary("pkg", providers).parentPackage());
        assertEquals("<krait>/pkg/__main__.py", ModuleFinder.findInLibrary("pkg", providers).path());
        assertEquals("pkg", ModuleFinder.findInLibrary("pkg.leaf", providers).parentPackage());
        assertNull(ModuleFinder.findInLibrary("nosuch", providers));
        ModuleFinder.NotFound e = assertThrows(ModuleFinder.NotFound.class,
                () -> ModuleFinder.findInLibrary("bare", providers));
        assertEquals("No module named bare.__main__; 'bare' is a package and cannot be directly executed",
                e.getMessage());
    }

    @Test
    void exitAndQuit() {
        assertEquals(new Result(3, "a\n", ""), run("-c", "print('a')\nexit(3)\nprint('b')"));
        assertEquals(new Result(0, "", ""), run("-c", "quit()"));
        assertEquals(new Result(1, "out\n", "bye\n"), run("-c", "print('out')\nquit('bye')"));
        assertEquals(new Result(0, "SystemExit (None,) None\nTrue\n", ""),
                        run("-c", "try:\n    exit()\nexcept SystemExit as e:\n    print(type(e).__name__, e.args, e.code)\n"
                                        + "print(callable(quit))"));
    }

    @Test
    void flushedStdoutComesBeforeStderr() {
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        int status = KraitMain.run(new String[]{"-c", "import sys\nprint('a', flush=True)\nsys.stderr.write('b\\n')\n"
                        + "sys.stderr.flush()\nprint('c')\nsys.stdout.flush()\nprint('d')\n1/0"},
                        new ByteArrayInputStream(new byte[0]), both, both, () -> false, dir);
        assertEquals(1, status);
        String text = both.toString(StandardCharsets.UTF_8);
        assertEquals("a\nb\nc\nd\n", text.substring(0, text.indexOf("Traceback")));
        assertEquals("ZeroDivisionError: division by zero\n", text.lines().reduce((x, y) -> y).orElseThrow() + "\n");
    }

    @Test
    void stderrIsLineBuffered() {
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        KraitMain.run(new String[]{"-c", "import sys\nprint('a', flush=True)\nsys.stderr.write('b\\n')\nprint('c')"},
                        new ByteArrayInputStream(new byte[0]), both, both, () -> false, dir);
        assertEquals("a\nb\nc\n", both.toString(StandardCharsets.UTF_8));
    }
}
