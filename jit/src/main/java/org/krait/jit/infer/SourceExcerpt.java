package org.krait.jit.infer;

import com.oracle.truffle.api.source.Source;
import org.krait.parser.ast.Pos;

/** The "File ..., line N:" block of a typing error: the offending line with a caret under the expression. */
public final class SourceExcerpt {
    private SourceExcerpt() {
    }

    public static String fileName(Source source) {
        return source.getPath() != null ? source.getPath() : source.getName();
    }

    /** The source text of line {@code line} (1-based), without its line break; "" when unavailable. */
    public static String line(Source source, int line) {
        if (source == null || !source.hasCharacters() || line < 1 || line > source.getLineCount()) {
            return "";
        }
        return source.getCharacters(line).toString().stripTrailing();
    }

    public static String of(Source source, Pos pos) {
        StringBuilder sb = new StringBuilder();
        sb.append("File \"").append(fileName(source)).append("\", line ").append(pos.line()).append(":\n");
        String text = line(source, pos.line());
        sb.append(text).append('\n');
        int start = Math.min(pos.col(), text.length());
        int end = pos.endLine() == pos.line() ? Math.min(pos.endCol(), text.length()) : text.length();
        sb.append(" ".repeat(start)).append("^".repeat(Math.max(1, end - start)));
        return sb.toString();
    }

    /** The text of an expression as written, for messages and inspect_types; null when it spans lines. */
    public static String text(Source source, Pos pos) {
        if (pos.line() != pos.endLine()) {
            return null;
        }
        String text = line(source, pos.line());
        if (pos.endCol() > text.length() || pos.col() >= pos.endCol()) {
            return null;
        }
        return text.substring(pos.col(), pos.endCol());
    }
}
