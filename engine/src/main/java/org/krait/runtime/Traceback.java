package org.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.krait.parser.ast.Pos;

/**
 * One entry of a traceback: the frame's function, file and line, and the span of the expression that failed
 * when known. Entries link outwards-in like CPython's {@code tb_next}: the first entry is the outermost frame.
 */
public final class Traceback extends PyObject {
    public final String function;
    public final com.oracle.truffle.api.source.Source source;
    public final int line;
    /** The failing expression's span, or null. */
    private final Pos position;
    public Traceback next;

    public Traceback(String function, com.oracle.truffle.api.source.Source source, int line, Pos position,
                     Traceback next) {
        super(PyType.TRACEBACK);
        this.function = function;
        this.source = source;
        this.line = line;
        this.position = position;
        this.next = next;
    }

    /**
     * The full report CPython prints for an uncaught exception, including chained causes, exception groups, and
     * "Did you mean" for a NameError or AttributeError (which the traceback module of 3.11 does not add).
     */
    @TruffleBoundary
    public static String format(PyBaseException e) {
        return String.join("", ExceptionReport.of(e, true, true));
    }

    /**
     * The report in the pieces {@code traceback.format_exception} returns: the header, one piece per frame
     * (its "File" line and source line), the chaining messages and the lines of the exception itself.
     */
    @TruffleBoundary
    public static java.util.List<String> chunks(PyBaseException e, boolean chain) {
        return ExceptionReport.of(e, chain, false);
    }

    /** The printed entries of the traceback that starts at {@code tb}, one piece each. */
    static java.util.List<String> entries(Traceback tb) {
        java.util.List<Entry> entries = new java.util.ArrayList<>();
        for (; tb != null; tb = tb.next) {
            entries.add(new Entry(fileName(tb.source), tb.line, tb.function, sourceLine(tb.source, tb.line),
                    tb.position));
        }
        return format(entries);
    }

    /** A traceback entry as printed: file, line, function, the source line as in the file (or null) and span. */
    public record Entry(String file, long line, String function, String text, Pos position) {
    }

    /** How many times in a row the same entry is printed before the rest are counted instead (recursion). */
    private static final int REPEATS_SHOWN = 3;

    /**
     * One piece per entry ({@code traceback.format_list}): its "File" line, source line and markers. A run of
     * identical entries, as recursion makes, prints its first three and a line counting the others.
     */
    @TruffleBoundary
    public static java.util.List<String> format(java.util.List<Entry> entries) {
        java.util.List<String> out = new java.util.ArrayList<>();
        Entry last = null;
        int run = 0;
        for (Entry entry : entries) {
            if (last == null || !entry.file().equals(last.file()) || entry.line() != last.line()
                    || !entry.function().equals(last.function())) {
                addRepeats(out, run);
                last = entry;
                run = 0;
            }
            if (++run <= REPEATS_SHOWN) {
                out.add(format(entry));
            }
        }
        addRepeats(out, run);
        return out;
    }

    private static void addRepeats(java.util.List<String> out, int run) {
        int more = run - REPEATS_SHOWN;
        if (more > 0) {
            out.add("  [Previous line repeated " + more + " more time" + (more > 1 ? "s" : "") + "]\n");
        }
    }

    private static String format(Entry entry) {
        StringBuilder sb = new StringBuilder();
        sb.append("  File \"").append(entry.file()).append("\", line ").append(entry.line()).append(", in ")
                .append(entry.function()).append('\n');
        String text = entry.text();
        if (text != null && !text.isBlank()) {
            sb.append("    ").append(text.strip()).append('\n');
            String markers = entry.position() == null ? null : TracebackMarkers.of(text, entry.position());
            if (markers != null) {
                sb.append(markers);
            }
        }
        return sb.toString();
    }

    /** {@code traceback.format_exception_only}: the exception's lines, then one line per note. */
    @TruffleBoundary
    public static java.util.List<String> exceptionOnlyLines(PyBaseException e) {
        return exceptionOnlyLines(e, "");
    }

    /** The exception's lines with {@code hint} right after its message. */
    static java.util.List<String> exceptionOnlyLines(PyBaseException e, String hint) {
        java.util.List<String> out = new java.util.ArrayList<>();
        String text = formatExceptionOnly(e, hint);
        for (String line : text.split("(?<=\n)")) {
            out.add(line);
        }
        if (e.attributes().get("__notes__") instanceof PyList notes) {
            for (Object note : notes.toArray()) {
                out.add((note instanceof String s ? s : Repr.repr(note)) + "\n");
            }
        }
        return out;
    }

    /** The last part of a report: {@code "ValueError: bad\n"}, with the offending line for syntax errors. */
    @TruffleBoundary
    public static String formatExceptionOnly(PyBaseException e) {
        return formatExceptionOnly(e, "");
    }

    private static String formatExceptionOnly(PyBaseException e, String hint) {
        PyType t = e.type();
        String name = "builtins".equals(t.module()) || "__main__".equals(t.module()) ? t.name()
                : t.module() + "." + t.name();
        StringBuilder sb = new StringBuilder();
        if (t.isSubtypeOf(ExceptionTypes.SYNTAX_ERROR) && e.attributes().get("lineno") instanceof Long line) {
            sb.append("  File \"").append(Repr.str(e.attributes().getOrDefault("filename", "<unknown>")))
                    .append("\", line ").append(line).append('\n');
            if (e.attributes().get("text") instanceof String text && !text.isBlank()) {
                String stripped = text.stripLeading();
                int indent = text.length() - stripped.length();
                sb.append("    ").append(stripped.stripTrailing()).append('\n');
                if (e.attributes().get("offset") instanceof Long offset && offset > 0) {
                    long col = Math.max(0, offset - 1 - indent);
                    long end = e.attributes().get("end_offset") instanceof Long eo
                            && Long.valueOf(line).equals(e.attributes().get("end_lineno")) && eo > offset
                            ? eo - 1 - indent : col + 1;
                    sb.append("    ").append(" ".repeat((int) col)).append("^".repeat((int) Math.max(1, end - col)))
                            .append('\n');
                }
            }
            Object msg = e.attributes().getOrDefault("msg", Repr.str(e));
            return sb.append(name).append(": ").append(Repr.str(msg)).append('\n').toString();
        }
        String text = Repr.str(e);
        return sb.append(name).append(text.isEmpty() ? "" : ": " + text).append(hint).append('\n').toString();
    }

    /** The failing expression's span, or null when not known. */
    public Pos position() {
        return position;
    }

    /** This entry's file name as tracebacks show it. */
    public String fileName() {
        return fileName(source);
    }

    /** This entry's source line, or null when the source is not available. */
    @TruffleBoundary
    public String sourceText() {
        return sourceLine(source, line);
    }

    private static String fileName(com.oracle.truffle.api.source.Source source) {
        return source.getPath() != null ? source.getPath() : source.getName();
    }

    private static String sourceLine(com.oracle.truffle.api.source.Source source, int line) {
        if (!source.hasCharacters() || source.getName().startsWith("<") || line > source.getLineCount()) {
            return null;
        }
        return source.getCharacters(line).toString();
    }
}
