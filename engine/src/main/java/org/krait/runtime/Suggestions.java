package org.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The "Did you mean: 'x'?" that a traceback adds to a NameError or AttributeError, chosen as CPython 3.11 does:
 * the candidate nearest to the missing name by an edit distance over UTF-8 bytes in which a change of case costs
 * half of any other edit, and no farther than a third of the two names' length.
 */
public final class Suggestions {
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;
    /** Longer candidate lists, and longer names, get no suggestion (as in CPython). */
    private static final int MAX_CANDIDATES = 750;
    private static final int MAX_LENGTH = 40;

    private Suggestions() {
    }

    /** The text to append to the exception's message line: {@code ". Did you mean: 'x'?"}, or "". */
    @TruffleBoundary
    public static String hint(PyBaseException e) {
        String found = null;
        if (e.type() == ExceptionTypes.NAME_ERROR && e.nameScope != null && e.traceback != null
                && e.attributes().get("name") instanceof String name) {
            found = forName(name, e.nameScope);
        } else if (e.type().isSubtypeOf(ExceptionTypes.ATTRIBUTE_ERROR)
                && e.attributes().get("name") instanceof String name && e.attributes().get("obj") instanceof Object obj) {
            found = forAttribute(name, obj);
        }
        return found == null ? "" : ". Did you mean: '" + found + "'?";
    }

    /** A name the code could have meant: one of its local variables, then of its module's globals, then a builtin. */
    private static String forName(String name, Object scope) {
        PyModule globals = scope instanceof PyFunction f ? f.globals() : (PyModule) scope;
        String found = scope instanceof PyFunction f ? closest(name, List.of(f.code().object().varnames())) : null;
        if (found == null) {
            found = closest(name, strings(globals.snapshot().keySet()));
        }
        KraitContext context = KraitContext.currentOrNull();
        if (found == null && context != null) {
            found = closest(name, strings(context.builtins().snapshot().keySet()));
        }
        return found;
    }

    /** An attribute {@code obj} has, as {@code dir(obj)} lists them. */
    private static String forAttribute(String name, Object obj) {
        KraitContext context = KraitContext.currentOrNull();
        if (context == null) {
            return null;
        }
        try {
            return closest(name, strings(Ops.toArray(Calls.call(context.builtins().getAttribute("dir"), obj))));
        } catch (PyException e) {
            return null;  // a __dir__ that fails gives no suggestion, as in CPython
        }
    }

    private static List<String> strings(Iterable<?> items) {
        List<String> out = new ArrayList<>();
        for (Object o : items) {
            if (o instanceof String s) {
                out.add(s);
            }
        }
        return out;
    }

    private static List<String> strings(Object[] items) {
        return strings(List.of(items));
    }

    /** The candidate nearest to {@code name} within the allowed distance (the first of equals), or null. */
    static String closest(String name, List<String> candidates) {
        if (candidates.size() >= MAX_CANDIDATES) {
            return null;
        }
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (candidate.equals(name)) {
                continue;
            }
            byte[] item = candidate.getBytes(StandardCharsets.UTF_8);
            int limit = Math.min((wanted.length + item.length + 3) * MOVE_COST / 6, bestDistance - 1);
            int d = distance(wanted, item, limit);
            if (d <= limit) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /**
     * The edit distance of {@code a} and {@code b}, or {@code limit + 1} once it must exceed {@code limit}. Common
     * prefixes and suffixes are trimmed first; one row of the table is kept, updated in place.
     */
    private static int distance(byte[] a, byte[] b, int limit) {
        int prefix = 0;
        while (prefix < a.length && prefix < b.length && a[prefix] == b[prefix]) {
            prefix++;
        }
        int lengthA = a.length - prefix;
        int lengthB = b.length - prefix;
        while (lengthA > 0 && lengthB > 0 && a[prefix + lengthA - 1] == b[prefix + lengthB - 1]) {
            lengthA--;
            lengthB--;
        }
        if (lengthA == 0 || lengthB == 0) {
            return (lengthA + lengthB) * MOVE_COST;
        }
        if (lengthA > MAX_LENGTH || lengthB > MAX_LENGTH) {
            return limit + 1;
        }
        if (lengthB < lengthA) {  // the row follows the shorter string
            byte[] t = a;
            a = b;
            b = t;
            int n = lengthA;
            lengthA = lengthB;
            lengthB = n;
        }
        if ((lengthB - lengthA) * MOVE_COST > limit) {
            return limit + 1;
        }
        int[] row = new int[lengthA];
        for (int i = 0; i < lengthA; i++) {
            row[i] = (i + 1) * MOVE_COST;
        }
        int result = 0;
        for (int j = 0; j < lengthB; j++) {
            byte code = b[prefix + j];
            int diagonal = j * MOVE_COST;
            result = diagonal;
            int minimum = Integer.MAX_VALUE;
            for (int i = 0; i < lengthA; i++) {
                int substitute = diagonal + substitutionCost(code, a[prefix + i]);
                diagonal = row[i];
                result = Math.min(Math.min(result, diagonal) + MOVE_COST, substitute);
                row[i] = result;
                minimum = Math.min(minimum, result);
            }
            if (minimum > limit) {
                return limit + 1;
            }
        }
        return result;
    }

    private static int substitutionCost(byte x, byte y) {
        if (x == y) {
            return 0;
        }
        return lower(x) == lower(y) ? CASE_COST : MOVE_COST;
    }

    private static int lower(byte c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }
}
