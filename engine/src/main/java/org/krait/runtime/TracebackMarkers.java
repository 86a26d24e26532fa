package org.krait.runtime;

import org.krait.parser.PythonParser;
import org.krait.parser.ast.Expr;
import org.krait.parser.ast.Pos;

/**
 * The line of markers CPython 3.11 prints under a traceback's source line to show the failing expression:
 * {@code ^} under it, or, for a binary operator or a subscript, {@code ~} under the operands and {@code ^} under
 * the operator or the brackets. None when the expression is the whole line (unless it has such an operator).
 */
public final class TracebackMarkers {
    private TracebackMarkers() {
    }

    /** The marker line (with its newline) for {@code position} in {@code line}, or null when none is shown. */
    public static String of(String line, Pos position) {
        String stripped = line.strip();
        int indent = line.length() - line.stripLeading().length();
        int start = position.col();
        int end;
        int[] anchors = null;
        if (position.endLine() == position.line()) {
            end = position.endCol();
            if (start < 0 || end > line.length() || start >= end) {
                return null;
            }
            anchors = anchors(line.substring(start, end));
        } else {
            end = indent + stripped.length();  // a span over several lines is marked to the end of its first
        }
        if (start < indent || start >= end) {
            return null;
        }
        int width = end - start;
        if (width >= stripped.length() && (anchors == null || anchors[1] <= anchors[0])) {
            return null;
        }
        StringBuilder sb = new StringBuilder("    ").append(" ".repeat(start - indent));
        if (anchors == null) {
            sb.append("^".repeat(width));
        } else {
            sb.append("~".repeat(anchors[0])).append("^".repeat(anchors[1] - anchors[0]))
                    .append("~".repeat(Math.max(0, width - anchors[1])));
        }
        return sb.append('\n').toString();
    }

    /**
     * Where the {@code ^} go within {@code segment} (the failing expression's text), as {start, end}: the operator
     * of a binary operation, the brackets of a subscript; null for other expressions or text that does not parse.
     */
    private static int[] anchors(String segment) {
        Expr e;
        try {
            e = PythonParser.parseExpression(segment, "<segment>").body();
        } catch (RuntimeException x) {  // a ParseException: text that is not an expression on its own
            return null;
        }
        if (e instanceof Expr.BinOp b && b.left().pos().endLine() == 1 && b.right().pos().line() == 1) {
            int left = b.left().pos().endCol();
            String between = segment.substring(left, b.right().pos().col());
            int offset = between.length() - between.stripLeading().length();
            int from = left + offset;
            int to = from + 1;
            if (offset + 1 < between.length() && !Character.isWhitespace(between.charAt(offset + 1))) {
                to++;  // a two-character operator such as ** or //
            }
            // the operator follows any closing parentheses of the left operand
            while (from < segment.length() && (Character.isWhitespace(segment.charAt(from))
                    || segment.charAt(from) == ')' || segment.charAt(from) == '#')) {
                from++;
                to++;
            }
            return new int[]{from, to};
        }
        if (e instanceof Expr.Subscript s && s.value().pos().endLine() == 1 && s.slice().pos().endLine() == 1) {
            return new int[]{s.value().pos().endCol(), s.slice().pos().endCol() + 1};
        }
        return null;
    }
}
