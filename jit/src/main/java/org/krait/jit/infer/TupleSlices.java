package org.krait.jit.infer;

import org.krait.parser.ast.Expr;
import org.krait.parser.ast.UnaryOperator;

import java.util.ArrayList;
import java.util.List;

/** Constant tuple indices and slices ({@code t[-1]}, {@code t[1:3]}), resolved at compile time. */
public final class TupleSlices {
    private TupleSlices() {
    }

    /** The value of an integer literal such as {@code 2} or {@code -1}, or null. */
    public static Long constantIndex(Expr e) {
        if (e instanceof Expr.Constant c && c.value() instanceof Long l) {
            return l;
        }
        if (e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.USUB && u.operand() instanceof Expr.Constant c
                && c.value() instanceof Long l) {
            return -l;
        }
        return null;
    }

    /** {start, stop, step} of a slice of a sequence of {@code size} items, as Python computes them; null unless constant. */
    public static int[] bounds(Expr.Slice s, int size) {
        Long start = s.lower() == null ? null : constantIndex(s.lower());
        Long stop = s.upper() == null ? null : constantIndex(s.upper());
        Long step = s.step() == null ? Long.valueOf(1) : constantIndex(s.step());
        if (s.lower() != null && start == null || s.upper() != null && stop == null || step == null || step == 0) {
            return null;
        }
        long st = step;
        long lo = st < 0 ? -1 : 0;
        long hi = st < 0 ? size - 1 : size;
        long a = start == null ? (st < 0 ? hi : lo) : clamp(start, size, lo, hi);
        long b = stop == null ? (st < 0 ? lo : hi) : clamp(stop, size, lo, hi);
        return new int[]{(int) a, (int) b, (int) st};
    }

    private static long clamp(long v, int size, long lo, long hi) {
        if (v < 0) {
            v += size;
            return Math.max(v, lo);
        }
        return Math.min(v, hi);
    }

    public static List<Integer> indices(int[] b) {
        List<Integer> out = new ArrayList<>();
        for (int i = b[0]; b[2] > 0 ? i < b[1] : i > b[1]; i += b[2]) {
            out.add(i);
        }
        return out;
    }
}
