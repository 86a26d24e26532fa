package org.krait.stdlib;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.krait.launcher.KraitMain;
import org.opentest4j.TestAbortedException;

/**
 * Runs every program of {@code tests/conformance} in-process through {@link KraitMain#run} and compares with the
 * output CPython 3.11 produced ({@code tests/conformance/regen.py} writes the expected files):
 * <ul>
 * <li>{@code NAME.py} the program; {@code NAME.in} (optional) its stdin; {@code NAME.args} (optional) extra
 * command-line arguments, one per line;</li>
 * <li>{@code NAME.out} the exact expected stdout;</li>
 * <li>{@code NAME.exit} (only for programs that fail) line 1 the exit status, line 2 the last non-empty line of
 * stderr (empty when CPython wrote nothing to stderr). Without it the expected status is 0 and stderr is not
 * compared.</li>
 * </ul>
 * System properties: {@code -Dconformance=a,b} keeps only programs whose name contains one of the substrings;
 * {@code -Dconformance.timeout=SECONDS} (default 60) bounds each program; {@code -Dconformance.dir=PATH} overrides
 * the folder.
 * <p>
 * {@code tests/conformance/KNOWN_FAILURES} lists programs the engine cannot run yet, one file name a line followed
 * by {@code # reason} ({@code #} starts a comment; blank lines are ignored). A listed program is still run: when it
 * fails its test is reported as skipped ({@link TestAbortedException}, message {@code known failure (REASON): ...});
 * when it passes its test fails, so that the entry gets removed. The extra test "KNOWN_FAILURES entries exist"
 * fails when an entry names no program of the folder, lacks a reason or is repeated.
 */
public class ConformanceTest {

    private static final String FILTER_PROPERTY = "conformance";
    private static final String TIMEOUT_PROPERTY = "conformance.timeout";
    private static final String DIR_PROPERTY = "conformance.dir";
    private static final String KNOWN_FAILURES_FILE = "KNOWN_FAILURES";
    private static final int CONTEXT_LINES = 3;
    /** Failure messages show all of stderr up to this many lines, else its first and last lines. */
    private static final int STDERR_EXCERPT_LINES = 12;

    @TestFactory
    Stream<DynamicTest> programs() throws IOException {
        Path dir = locateFolder();
        if (dir == null) {
            return Stream.of(DynamicTest.dynamicTest("conformance folder", () -> fail(
                            "tests/conformance not found from user.dir=" + System.getProperty("user.dir")
                                            + " (set -D" + DIR_PROPERTY + "=PATH)")));
        }
        List<String> filters = filters();
        List<Path> programs;
        try (Stream<Path> files = Files.list(dir)) {
            programs = files.filter(p -> p.getFileName().toString().endsWith(".py"))
                            .filter(p -> !p.getFileName().toString().equals("regen.py"))
                            .filter(p -> matches(baseName(p), filters))
                            .sorted()
                            .toList();
        }
        if (programs.isEmpty()) {
            return Stream.of(DynamicTest.dynamicTest("conformance programs", () -> fail(
                            "no program in " + dir + (filters.isEmpty() ? "" : " matches -D" + FILTER_PROPERTY + "=" + filters))));
        }
        Duration timeout = Duration.ofSeconds(Long.getLong(TIMEOUT_PROPERTY, 60L));
        KnownFailures known = KnownFailures.read(dir.resolve(KNOWN_FAILURES_FILE));
        Stream<DynamicTest> tests = programs.stream().map(p -> {
            String file = p.getFileName().toString();
            String reason = known.reasons.get(file);
            return DynamicTest.dynamicTest(file, p.toUri(),
                            reason == null ? () -> check(p, timeout) : () -> checkKnownFailure(p, timeout, reason));
        });
        if (known.exists) {
            tests = Stream.concat(tests, Stream.of(DynamicTest.dynamicTest(KNOWN_FAILURES_FILE + " entries exist",
                            dir.resolve(KNOWN_FAILURES_FILE).toUri(), () -> checkEntries(dir, known))));
        }
        return tests;
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** The parsed {@code KNOWN_FAILURES}: file name to reason, in file order, and the problems found while parsing. */
    private record KnownFailures(boolean exists, Map<String, String> reasons, List<String> problems) {

        static KnownFailures read(Path file) throws IOException {
            Map<String, String> reasons = new LinkedHashMap<>();
            List<String> problems = new ArrayList<>();
            if (!Files.exists(file)) {
                return new KnownFailures(false, reasons, problems);
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int hash = line.indexOf('#');
                String name = (hash < 0 ? line : line.substring(0, hash)).strip();
                String reason = hash < 0 ? "" : line.substring(hash + 1).strip();
                String where = KNOWN_FAILURES_FILE + ":" + (i + 1) + ": ";
                if (reason.isEmpty()) {
                    problems.add(where + name + " has no `# reason`");
                    reason = "no reason given";
                }
                if (reasons.putIfAbsent(name, reason) != null) {
                    problems.add(where + name + " is listed twice");
                }
            }
            return new KnownFailures(true, reasons, problems);
        }
    }

    /** Runs a program expected to fail: skipped while it fails, a failure once it passes. */
    private static void checkKnownFailure(Path program, Duration timeout, String reason) throws IOException {
        String file = program.getFileName().toString();
        try {
            check(program, timeout);
        } catch (TestAbortedException e) {
            throw e;
        } catch (AssertionError | Exception e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            String firstLine = message.lines().findFirst().orElse(e.toString());
            throw new TestAbortedException("known failure (" + reason + "): " + firstLine, e);
        }
        fail(file + " now passes: remove it from tests/conformance/" + KNOWN_FAILURES_FILE);
    }

    private static void checkEntries(Path dir, KnownFailures known) {
        List<String> problems = new ArrayList<>(known.problems);
        for (String name : known.reasons.keySet()) {
            if (!name.endsWith(".py") || name.equals("regen.py") || !Files.isRegularFile(dir.resolve(name))) {
                problems.add(name + " is not a program of " + dir);
            }
        }
        if (!problems.isEmpty()) {
            fail(KNOWN_FAILURES_FILE + " has stale or malformed entries:\n- " + String.join("\n- ", problems));
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static void check(Path program, Duration timeout) throws IOException {
        Path dir = program.getParent();
        String name = baseName(program);
        Path outFile = dir.resolve(name + ".out");
        if (!Files.exists(outFile)) {
            fail(outFile.getFileName() + " is missing: run `python3 tests/conformance/regen.py " + name + "`");
        }
        String expectedOut = Files.readString(outFile, StandardCharsets.UTF_8);
        int expectedStatus = 0;
        String expectedLastErr = null;
        Path exitFile = dir.resolve(name + ".exit");
        if (Files.exists(exitFile)) {
            String[] lines = Files.readString(exitFile, StandardCharsets.UTF_8).split("\n", -1);
            expectedStatus = Integer.parseInt(lines[0].strip());
            expectedLastErr = lines.length > 1 ? lines[1].stripTrailing() : "";
        }

        List<String> args = new ArrayList<>();
        args.add(program.toAbsolutePath().normalize().toString());
        Path argsFile = dir.resolve(name + ".args");
        if (Files.exists(argsFile)) {
            List<String> extra = new ArrayList<>(Arrays.asList(Files.readString(argsFile, StandardCharsets.UTF_8).split("\n", -1)));
            if (!extra.isEmpty() && extra.get(extra.size() - 1).isEmpty()) {
                extra.remove(extra.size() - 1);
            }
            args.addAll(extra);
        }
        Path inFile = dir.resolve(name + ".in");
        byte[] stdin = Files.exists(inFile) ? Files.readAllBytes(inFile) : new byte[0];

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InputStream in = new ByteArrayInputStream(stdin);
        String[] argv = args.toArray(new String[0]);
        int status = assertTimeoutPreemptively(timeout, () -> KraitMain.run(argv, in, out, err),
                        () -> name + ".py did not finish within " + timeout.toSeconds() + " s (stdout so far: "
                                        + out.size() + " bytes)");

        String actualOut = out.toString(StandardCharsets.UTF_8);
        String actualErr = err.toString(StandardCharsets.UTF_8);
        String actualLastErr = lastNonEmptyLine(actualErr);

        List<String> problems = new ArrayList<>();
        if (status != expectedStatus) {
            problems.add("exit status: expected " + expectedStatus + " but was " + status);
        }
        if (expectedLastErr != null && !expectedLastErr.equals(actualLastErr.stripTrailing())) {
            problems.add("last stderr line:\n  expected: " + visible(expectedLastErr) + "\n  actual:   " + visible(actualLastErr));
        }
        if (!expectedOut.equals(actualOut)) {
            problems.add(describeDiff(expectedOut, actualOut));
        }
        if (!problems.isEmpty()) {
            StringBuilder sb = new StringBuilder(name).append(".py does not behave like CPython 3.11");
            for (String p : problems) {
                sb.append("\n- ").append(p);
            }
            if (!actualErr.isEmpty()) {
                sb.append("\n- stderr:\n").append(excerpt(actualErr, STDERR_EXCERPT_LINES));
            }
            fail(sb.toString());
        }
    }

    /** The first differing line with its number, a little context, and the expected/actual texts. */
    static String describeDiff(String expected, String actual) {
        List<String> exp = lines(expected);
        List<String> act = lines(actual);
        int n = 0;
        while (n < exp.size() && n < act.size() && exp.get(n).equals(act.get(n))) {
            n++;
        }
        StringBuilder sb = new StringBuilder();
        sb.append("stdout differs at line ").append(n + 1).append(" (expected ").append(exp.size())
                        .append(" lines, actual ").append(act.size()).append(" lines)\n");
        for (int i = Math.max(0, n - CONTEXT_LINES); i < n; i++) {
            sb.append(String.format(Locale.ROOT, "  %4d   %s%n", i + 1, visible(exp.get(i))));
        }
        sb.append(String.format(Locale.ROOT, "  %4d - expected: %s%n", n + 1, n < exp.size() ? visible(exp.get(n)) : "<end of output>"));
        sb.append(String.format(Locale.ROOT, "  %4d + actual:   %s", n + 1, n < act.size() ? visible(act.get(n)) : "<end of output>"));
        if (n < exp.size() && n < act.size()) {
            String e = exp.get(n);
            String a = act.get(n);
            int col = 0;
            while (col < e.length() && col < a.length() && e.charAt(col) == a.charAt(col)) {
                col++;
            }
            sb.append(String.format(Locale.ROOT, "%n         (first difference at column %d)", col + 1));
        }
        return sb.toString();
    }

    /** Splits keeping the information whether the text ends with a newline (a last line without one is marked). */
    private static List<String> lines(String text) {
        List<String> result = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                result.add(text.substring(start) + "<no newline at end>");
                break;
            }
            result.add(text.substring(start, nl));
            start = nl + 1;
        }
        return result;
    }

    /** A Java-string-like rendering that shows tabs, carriage returns, control characters and trailing spaces. */
    private static String visible(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private static String lastNonEmptyLine(String text) {
        String[] lines = text.split("\\R");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return lines[i];
            }
        }
        return "";
    }

    /** Whole text when short; else the first and last {@code count} lines (Java crashes start, tracebacks end). */
    private static String excerpt(String text, int count) {
        String[] lines = text.split("\\R");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (lines.length > 2 * count + 1 && i == count) {
                sb.append("    ... (").append(lines.length - 2 * count).append(" lines omitted)\n");
                i = lines.length - count;
            }
            sb.append("    ").append(lines[i]).append('\n');
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static Path locateFolder() {
        String override = System.getProperty(DIR_PROPERTY);
        if (override != null && !override.isBlank()) {
            Path p = Path.of(override).toAbsolutePath().normalize();
            return Files.isDirectory(p) ? p : null;
        }
        // Surefire runs in the module directory (stdlib/); an IDE may run from the repository root.
        Path base = Path.of(System.getProperty("user.dir", ".")).toAbsolutePath().normalize();
        for (Path p = base; p != null; p = p.getParent()) {
            Path candidate = p.resolve("tests").resolve("conformance");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static List<String> filters() {
        String value = System.getProperty(FILTER_PROPERTY, "").strip();
        if (value.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(ConformanceTest::stripPy).toList();
    }

    private static boolean matches(String name, List<String> filters) {
        return filters.isEmpty() || filters.stream().anyMatch(name::contains);
    }

    private static String stripPy(String s) {
        return s.endsWith(".py") ? s.substring(0, s.length() - 3) : s;
    }

    private static String baseName(Path p) {
        return stripPy(p.getFileName().toString());
    }
}
