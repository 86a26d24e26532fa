package org.krait.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.krait.launcher.KraitMain;

/**
 * Sets iterate in CPython 3.11's order. {@code sets/cases.py} holds several hundred scenarios (random
 * add/discard/pop/clear sequences, constructors, copies, set algebra, in-place operators, big sets, constant
 * displays); {@code sets/cases.out} is what CPython prints for it ({@code sets/gen_cases.py} writes both).
 * The program runs once through Krait and every scenario's output is compared on its own.
 */
class SetOrderTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = SetOrderTest.class.getResourceAsStream("/sets/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource sets/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private record Run(int status, String out, String err) {
    }

    private static Run run(String program) throws IOException {
        Path file = Files.createTempFile("krait-sets", ".py");
        try {
            Files.writeString(file, program);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = KraitMain.run(new String[]{file.toString()}, new ByteArrayInputStream(new byte[0]), out, err);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Splits a program or its output at the {@code # case N} markers. */
    private static List<String> sections(String text, String marker) {
        List<String> out = new ArrayList<>();
        int i = text.indexOf(marker);
        while (i >= 0) {
            int next = text.indexOf(marker, i + marker.length());
            out.add(text.substring(i, next < 0 ? text.length() : next));
            i = next;
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> scenariosMatchCPython() throws IOException {
        String program = resource("cases.py");
        String expected = resource("cases.out");
        Run run = run(program);
        List<String> sources = sections(program, "print('# case ");
        List<String> want = sections(expected, "# case ");
        List<String> got = sections(run.out(), "# case ");
        assertTrue(want.size() >= 300, "at least 300 scenarios");
        assertEquals(sources.size(), want.size(), "cases.py and cases.out disagree: regenerate with gen_cases.py");
        Stream<DynamicTest> exit = Stream.of(DynamicTest.dynamicTest("program runs to the end",
                () -> assertEquals(0, run.status(), "exit status; stderr:\n" + run.err())));
        return Stream.concat(exit, IntStream.range(0, want.size()).mapToObj(i -> DynamicTest.dynamicTest(
                "case " + i, () -> assertEquals(want.get(i), i < got.size() ? got.get(i) : "<no output>",
                        "scenario:\n" + sources.get(i)))));
    }

    @Test
    void changingSizeDuringIterationFails() throws IOException {
        Run r = run("s = {1, 2, 3}\nfor x in s:\n    s.discard(x + 1)\n");
        assertEquals(1, r.status());
        assertTrue(r.err().strip().endsWith("RuntimeError: Set changed size during iteration"), r.err());
        // a change that leaves the size as it was is not detected (as in CPython)
        Run same = run("s = {1, 2, 3}\nn = 0\nfor x in s:\n    n += 1\n    s.discard(x)\n    s.add(x)\nprint(n)\n");
        assertEquals("3\n", same.out(), same.err());
    }

    private static List<Object> order(SetTable t) {
        List<Object> out = new ArrayList<>();
        PyIterator it = t.iterator();
        for (Object x = it.next(); x != null; x = it.next()) {
            out.add(x);
        }
        return out;
    }

    @Test
    void tableLayout() {
        SetTable t = new SetTable();
        for (long x : new long[]{3, 1, 2}) {
            assertTrue(t.add(x));
        }
        assertFalse(t.add(2L));
        assertEquals(List.of(1L, 2L, 3L), order(t));
        assertEquals(8, t.slots());
        // the fifth new key fills 5 of 8 slots: the table grows to more than 4 * 5 slots
        t.add(4L);
        t.add(40L);
        assertEquals(32, t.slots());
        assertEquals(List.of(1L, 2L, 3L, 4L, 40L), order(t));
        // a copy of a 5-item set gets 16 slots: 40 lands in slot 8
        assertEquals(List.of(1L, 2L, 3L, 4L, 40L), order(t.copy()));
        assertEquals(16, t.copy().slots());

        // a new key takes the last tombstone passed on its probe sequence
        SetTable d = new SetTable();
        d.add(0L);
        d.add(8L);
        d.add(16L);
        assertTrue(d.discard(0L));
        assertTrue(d.discard(8L));
        assertFalse(d.discard(8L));
        d.add(24L);
        d.add(32L);
        assertEquals(List.of(32L, 24L, 16L), order(d));
    }

    @Test
    void popUsesAFingerThatSurvivesClear() {
        SetTable t = new SetTable();
        for (long i = 0; i < 5; i++) {
            t.add(i);
        }
        assertEquals(0L, t.pop());
        assertEquals(1L, t.pop());
        t.clear();
        for (long i = 0; i < 4; i++) {
            t.add(i);
        }
        assertEquals(2L, t.pop());
        assertEquals(3L, t.pop());
        assertEquals(0L, t.pop());
        assertEquals(1L, t.pop());
        assertNull(t.pop());
    }

    @Test
    void iteratorStaysFailed() {
        SetTable t = new SetTable();
        t.add(1L);
        t.add(2L);
        PyIterator it = t.iterator();
        assertEquals(1L, it.next());
        t.add(3L);
        assertThrows(PyException.class, it::next);
        t.discard(3L);
        assertThrows(PyException.class, it::next);
    }

    @Test
    void frozensetHashMatchesCPython() {
        PySet s = new PySet(PyType.FROZENSET);
        s.add(1L);
        s.add(2L);
        s.add(3L);
        assertEquals(-272375401224217160L, Ops.hash(s));
        assertEquals(133146708735736L, Ops.hash(new PySet(PyType.FROZENSET)));
    }
}
