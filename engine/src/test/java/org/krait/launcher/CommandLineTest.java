package org.krait.launcher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The {@code krait} command line follows CPython's option rules and sets {@code sys.argv} as CPython does. */
class CommandLineTest {

    private static CommandLine parse(String... args) throws CommandLine.UsageException {
        return CommandLine.parse(args);
    }

    @Test
    void scriptTakesTheRestAsArguments() throws Exception {
        CommandLine cl = parse("-u", "prog.py", "-c", "x", "--version");
        assertEquals(CommandLine.Mode.FILE, cl.mode);
        assertEquals("prog.py", cl.target);
        assertArrayEquals(new String[]{"prog.py", "-c", "x", "--version"}, cl.sysArgv());
    }

    @Test
    void commandAndModule() throws Exception {
        CommandLine c = parse("-c", "print(1)", "a", "b");
        assertEquals(CommandLine.Mode.COMMAND, c.mode);
        assertEquals("print(1)", c.target);
        assertArrayEquals(new String[]{"-c", "a", "b"}, c.sysArgv());

        CommandLine attached = parse("-Sc", "pass");
        assertEquals(CommandLine.Mode.COMMAND, attached.mode);
        assertEquals("pass", attached.target);
        assertEquals("pass", parse("-cpass").target);

        CommandLine m = parse("-m", "timeit", "-n", "1");
        assertEquals(CommandLine.Mode.MODULE, m.mode);
        assertEquals("timeit", m.target);
        assertArrayEquals(new String[]{"-m", "-n", "1"}, m.sysArgv());
    }

    @Test
    void stdin() throws Exception {
        CommandLine none = parse();
        assertEquals(CommandLine.Mode.STDIN, none.mode);
        assertFalse(none.explicitStdin);
        assertArrayEquals(new String[]{""}, none.sysArgv());

        CommandLine dash = parse("-", "x");
        assertTrue(dash.explicitStdin);
        assertArrayEquals(new String[]{"-", "x"}, dash.sysArgv());
    }

    @Test
    void xOptions() throws Exception {
        CommandLine cl = parse("-X", "gil=ticks:100", "-Xdev", "-c", "pass");
        assertEquals(Map.of("gil", "ticks:100", "dev", "true"), cl.xOptions);
        assertEquals("gil=ticks:100,dev=true", cl.xOptionsString());
    }

    @Test
    void versionAndHelp() throws Exception {
        assertEquals(CommandLine.Mode.VERSION, parse("-V").mode);
        assertEquals(CommandLine.Mode.VERSION, parse("--version").mode);
        assertEquals(CommandLine.Mode.HELP, parse("-h").mode);
        assertEquals(CommandLine.Mode.HELP, parse("--help").mode);
    }

    @Test
    void ignoredAndUnknownOptions() throws Exception {
        assertEquals(CommandLine.Mode.FILE, parse("-u", "-E", "-s", "-S", "-B", "-I", "-OO", "a.py").mode);
        CommandLine.UsageException e = assertThrows(CommandLine.UsageException.class, () -> parse("-z"));
        assertEquals("unknown option -z", e.getMessage());
        assertThrows(CommandLine.UsageException.class, () -> parse("--frobnicate"));
        assertThrows(CommandLine.UsageException.class, () -> parse("-c"));
        assertEquals("true", parse("--engine.TraceCompilation", "a.py").polyglotOptions.get("engine.TraceCompilation"));
    }

    @Test
    void runWithoutLanguageWork() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayInputStream in = new ByteArrayInputStream(new byte[0]);
        assertEquals(0, KraitMain.run(new String[]{"--version"}, in, out, err));
        assertEquals("Krait 0.1.0 (Python 3.11)\n", out.toString(StandardCharsets.UTF_8));

        out.reset();
        assertEquals(2, KraitMain.run(new String[]{"-z"}, in, out, err));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("unknown option -z\nusage: krait "));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void pythonRepr() {
        assertEquals("'os.path'", KraitMain.pyRepr("os.path"));
        assertEquals("'a\\'b\\\\c'", KraitMain.pyRepr("a'b\\c"));
    }
}
