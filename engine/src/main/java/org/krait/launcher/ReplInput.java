package org.krait.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The lines of one interactive input, and when to stop reading them, as CPython's interactive console decides:
 * <ul>
 * <li>a blank line at the primary prompt is ignored;</li>
 * <li>input inside brackets, a triple-quoted string or after a trailing backslash is continued;</li>
 * <li>a compound statement (its first logical line ends with {@code :} outside comments and strings, or starts
 * with a decorator or a compound keyword) is continued until a blank line;</li>
 * <li>anything else is evaluated at once; if the language still reports the source as incomplete, reading goes
 * on until a blank line, after which the error is reported (so input can never get stuck).</li>
 * </ul>
 */
final class ReplInput {

    /** What to do after a line was added. */
    enum Action {
        /** Nothing was added (a blank line at the primary prompt): prompt again with {@code >>> }. */
        IGNORE,
        /** The input continues: prompt with {@code ... }. */
        MORE,
        /** Evaluate {@link #source()}. */
        EVALUATE
    }

    private static final Set<String> COMPOUND_KEYWORDS = Set.of("def", "class", "if", "for", "while", "with", "try",
                    "async");

    private final List<String> lines = new ArrayList<>();
    /** The scan of {@link #lines}: whether the input is still open (bracket, string or backslash continuation). */
    private boolean open;
    /** The first logical line without comments and trailing blanks, once it is complete; else null. */
    private String firstLogicalLine;

    boolean isEmpty() {
        return lines.isEmpty();
    }

    void clear() {
        lines.clear();
        open = false;
        firstLogicalLine = null;
    }

    /** The prompt for the next line: {@code >>> } when no input is pending, else {@code ... }. */
    String prompt(String ps1, String ps2) {
        return lines.isEmpty() ? ps1 : ps2;
    }

    /** Adds a line (without its newline) and says what to do next. */
    Action add(String line) {
        if (lines.isEmpty() && isBlankOrComment(line)) {
            return Action.IGNORE;
        }
        lines.add(line);
        scan();
        if (open) {
            return Action.MORE;
        }
        if (isCompound() && !lastLineBlank()) {
            return Action.MORE;
        }
        return Action.EVALUATE;
    }

    /**
     * The language reported {@link #source()} as incomplete. Returns true to keep reading, false when the input
     * already ended with a blank line (the error must be reported then, as CPython does for {@code if x:} followed
     * by a blank line).
     */
    boolean continueAfterIncomplete() {
        return !lastLineBlank();
    }

    /**
     * The input so far, each line ending with a newline, without the blank line that ended a compound statement
     * (so that an error at the end of the input is reported on that blank line, as CPython does).
     */
    String source() {
        StringBuilder sb = new StringBuilder();
        int n = lastLineBlank() ? lines.size() - 1 : lines.size();
        for (int i = 0; i < n; i++) {
            sb.append(lines.get(i)).append('\n');
        }
        return sb.toString();
    }

    /** True when the input is a compound statement, which a blank line ends. */
    boolean isCompound() {
        String first = firstLogicalLine;
        if (first == null) {
            return false;
        }
        if (first.endsWith(":") || first.startsWith("@")) {
            return true;
        }
        int end = 0;
        while (end < first.length() && Character.isJavaIdentifierPart(first.charAt(end))) {
            end++;
        }
        return COMPOUND_KEYWORDS.contains(first.substring(0, end));
    }

    private boolean lastLineBlank() {
        return lines.size() > 1 && lines.get(lines.size() - 1).isBlank();
    }

    private static boolean isBlankOrComment(String line) {
        String s = line.strip();
        return s.isEmpty() || s.startsWith("#");
    }

    /** Tokenizes just enough of Python to know whether the input is open, and its first logical line. */
    private void scan() {
        String text = String.join("\n", lines);
        int depth = 0;
        char quote = 0;          // the open string's quote character, 0 outside strings
        boolean triple = false;  // whether that string is triple-quoted
        boolean continued = false; // a backslash ended the last line outside a string
        StringBuilder first = new StringBuilder();
        boolean firstDone = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            continued = false;
            if (quote != 0) {
                if (!firstDone) {
                    first.append(c);
                }
                if (c == '\\' && i + 1 == n) {
                    continued = true; // a backslash-newline inside a string continues it
                } else if (c == '\\') {
                    i++; // an escaped character, including a newline
                    if (!firstDone) {
                        first.append(text.charAt(i));
                    }
                } else if (c == quote) {
                    if (!triple) {
                        quote = 0;
                    } else if (i + 2 < n && text.charAt(i + 1) == quote && text.charAt(i + 2) == quote) {
                        if (!firstDone) {
                            first.append(quote).append(quote);
                        }
                        i += 2;
                        quote = 0;
                    }
                } else if (c == '\n' && !triple) {
                    quote = 0; // an unterminated string: the parser reports it
                }
                continue;
            }
            switch (c) {
                case '#' -> {
                    while (i + 1 < n && text.charAt(i + 1) != '\n') {
                        i++;
                    }
                }
                case '\'', '"' -> {
                    quote = c;
                    triple = i + 2 < n && text.charAt(i + 1) == c && text.charAt(i + 2) == c;
                    if (!firstDone) {
                        first.append(triple ? String.valueOf(c).repeat(3) : String.valueOf(c));
                    }
                    if (triple) {
                        i += 2;
                    }
                }
                case '\\' -> {
                    if (i + 1 == n) {
                        continued = true;
                    } else if (text.charAt(i + 1) == '\n') {
                        i++;
                        if (!firstDone) {
                            first.append(' ');
                        }
                    } else if (!firstDone) {
                        first.append(c);
                    }
                }
                case '\n' -> {
                    if (depth == 0 && !firstDone && !first.toString().isBlank()) {
                        firstDone = true;
                    } else if (!firstDone) {
                        first.append(' ');
                    }
                }
                default -> {
                    if (c == '(' || c == '[' || c == '{') {
                        depth++;
                    } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                        depth--;
                    }
                    if (!firstDone) {
                        first.append(c);
                    }
                }
            }
        }
        open = depth > 0 || quote != 0 && triple || continued;
        if (!firstDone && !open) {
            firstDone = true;
        }
        firstLogicalLine = firstDone ? first.toString().strip() : null;
    }
}
