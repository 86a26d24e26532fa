package org.krait.runtime;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * The report of an exception as CPython 3.11 prints it: its chain of causes and contexts, each with its traceback
 * and message, and the members of an exception group nested in numbered boxes:
 * <pre>
 *   + Exception Group Traceback (most recent call last):
 *   |   File "x.py", line 1, in &lt;module&gt;
 *   | ExceptionGroup: eg (2 sub-exceptions)
 *   +-+---------------- 1 ----------------
 *     | ValueError: 1
 *     +---------------- 2 ----------------
 *     | TypeError: 2
 *     +------------------------------------
 * </pre>
 */
final class ExceptionReport {
    /** Members shown per group, and groups shown nested, before the rest is summed up. */
    private static final int MAX_WIDTH = 15;
    private static final int MAX_DEPTH = 10;

    private final List<String> out = new ArrayList<>();
    private final boolean chain;
    /** Whether messages get "Did you mean" (the interpreter's own report, not the traceback module's). */
    private final boolean suggest;
    private final IdentityHashMap<PyBaseException, Boolean> seen = new IdentityHashMap<>();
    /** How deep in groups the text being written is: it is indented and gets a margin from depth 1 on. */
    private int depth;
    /** Whether the innermost open group still needs its closing line. */
    private boolean needClose;

    private ExceptionReport(boolean chain, boolean suggest) {
        this.chain = chain;
        this.suggest = suggest;
    }

    /** The report in pieces, as {@code traceback.format_exception} returns it. */
    static List<String> of(PyBaseException e, boolean chain, boolean suggest) {
        ExceptionReport report = new ExceptionReport(chain, suggest);
        report.exception(e);
        return report.out;
    }

    /** {@code e} after the exceptions it was raised from or while handling, oldest first. */
    private void exception(PyBaseException e) {
        seen.put(e, Boolean.TRUE);
        if (chain && e.cause instanceof PyBaseException c && !seen.containsKey(c)) {
            exception(c);
            emit("\nThe above exception was the direct cause of the following exception:\n\n", '|');
        } else if (chain && !e.suppressContext && e.context instanceof PyBaseException c && !seen.containsKey(c)) {
            exception(c);
            emit("\nDuring handling of the above exception, another exception occurred:\n\n", '|');
        }
        if (!ExceptionGroups.isGroup(e) || !e.attributes().containsKey("exceptions")) {
            if (e.traceback != null) {
                emit("Traceback (most recent call last):\n", '|');
                emitAll(Traceback.entries(e.traceback));
            }
            emitAll(messageLines(e));
        } else if (depth > MAX_DEPTH) {
            emit("... (max_group_depth is " + MAX_DEPTH + ")\n", '|');
        } else {
            group(e);
        }
    }

    private void group(PyBaseException group) {
        boolean top = depth == 0;
        if (top) {
            depth++;
        }
        if (group.traceback != null) {
            emit("Exception Group Traceback (most recent call last):\n", top ? '+' : '|');
            emitAll(Traceback.entries(group.traceback));
        }
        emitAll(messageLines(group));
        Object[] members = ExceptionGroups.exceptions(group);
        int shown = Math.min(members.length, MAX_WIDTH + 1);
        needClose = false;
        for (int i = 0; i < shown; i++) {
            boolean last = i == shown - 1;
            needClose |= last;  // a nested group that comes last closes the box for both
            boolean truncated = i >= MAX_WIDTH;
            out.add(indent() + (i == 0 ? "+-" : "  ") + "+---------------- " + (truncated ? "..." : i + 1)
                    + " ----------------\n");
            depth++;
            if (truncated) {
                int more = members.length - MAX_WIDTH;
                emit("and " + more + " more exception" + (more > 1 ? "s" : "") + "\n", '|');
            } else {
                exception((PyBaseException) members[i]);
            }
            if (last && needClose) {
                out.add(indent() + "+------------------------------------\n");
                needClose = false;
            }
            depth--;
        }
        if (top) {
            depth = 0;
        }
    }

    private List<String> messageLines(PyBaseException e) {
        return Traceback.exceptionOnlyLines(e, suggest ? Suggestions.hint(e) : "");
    }

    private String indent() {
        return " ".repeat(2 * depth);
    }

    private void emitAll(List<String> pieces) {
        for (String piece : pieces) {
            emit(piece, '|');
        }
    }

    /** Adds a piece of text, every line of it indented to the current depth behind the margin. */
    private void emit(String text, char margin) {
        if (depth == 0) {
            out.add(text);
            return;
        }
        String prefix = indent() + margin + " ";
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("(?<=\n)")) {
            sb.append(prefix).append(line);
        }
        out.add(sb.toString());
    }
}
