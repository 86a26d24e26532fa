package org.krait.runtime;

/** An immutable arithmetic progression; fits in longs like CPython's fast path. */
public final class PyRange extends PyObject {
    public final long start;
    public final long stop;
    public final long step;

    public PyRange(long start, long stop, long step) {
        super(PyType.RANGE);
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    public long length() {
        if (step > 0) {
            return start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return start > stop ? (start - stop - 1) / -step + 1 : 0;
    }

    public long get(long i) {
        return start + i * step;
    }
}
