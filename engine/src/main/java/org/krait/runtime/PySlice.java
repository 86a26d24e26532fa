package org.krait.runtime;

/** A slice object {@code start:stop:step}; any part may be None. */
public final class PySlice extends PyObject {
    public final Object start;
    public final Object stop;
    public final Object step;

    public PySlice(Object start, Object stop, Object step) {
        super(PyType.SLICE);
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    /** Start, stop, step and length of this slice applied to a sequence of {@code length} items. */
    public record Bounds(int start, int stop, int step, int length) {
    }

    public Bounds indices(int length) {
        long st = step == PyNone.NONE ? 1 : Ops.index(step);
        if (st == 0) {
            throw PyErrors.valueError("slice step cannot be zero");
        }
        long lo;
        long hi;
        if (st > 0) {
            lo = clamp(start, 0, length, 0, length);
            hi = clamp(stop, length, length, 0, length);
        } else {
            lo = clamp(start, length - 1, length, -1, length - 1);
            hi = clamp(stop, -1, length, -1, length - 1);
        }
        long n;
        if (st > 0) {
            n = lo < hi ? (hi - lo - 1) / st + 1 : 0;
        } else {
            n = lo > hi ? (lo - hi - 1) / -st + 1 : 0;
        }
        return new Bounds((int) lo, (int) hi, (int) st, (int) n);
    }

    private static long clamp(Object bound, long dflt, int length, long min, long max) {
        if (bound == PyNone.NONE) {
            return dflt;
        }
        long v = Ops.indexClamped(bound);
        if (v < 0) {
            v += length;
        }
        return Math.max(min, Math.min(max, v));
    }
}
