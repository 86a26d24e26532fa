package org.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.math.BigInteger;

/**
 * An immutable arithmetic progression. Like CPython's fast path, a range whose start, stop, step and length
 * all fit in a long keeps them in the long fields ({@link #isBig()} is false) and loops and indexing use them
 * directly. Any other range ({@code range(10 ** 20)}) is "big": the long fields are unused (zero) and the
 * values live in BigIntegers.
 */
public final class PyRange extends PyObject {
    public final long start;
    public final long stop;
    public final long step;
    private final long length;
    /** Non-null exactly for big ranges. */
    private final BigInteger bigStart;
    private final BigInteger bigStop;
    private final BigInteger bigStep;
    private final BigInteger bigLength;

    private PyRange(long start, long stop, long step, long length) {
        super(PyType.RANGE);
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = length;
        this.bigStart = null;
        this.bigStop = null;
        this.bigStep = null;
        this.bigLength = null;
    }

    private PyRange(BigInteger start, BigInteger stop, BigInteger step, BigInteger length) {
        super(PyType.RANGE);
        this.start = 0;
        this.stop = 0;
        this.step = 0;
        this.length = 0;
        this.bigStart = start;
        this.bigStop = stop;
        this.bigStep = step;
        this.bigLength = length;
    }

    /** {@code range(start, stop, step)} for a non-zero step. */
    public static PyRange of(long start, long stop, long step) {
        assert step != 0;
        long n;
        if (step > 0) {
            n = start < stop ? lengthOrNegative(stop, start, step) : 0;
        } else {
            n = start > stop ? lengthOrNegative(start, stop, step == Long.MIN_VALUE ? 0 : -step) : 0;
        }
        if (n < 0) {
            return of(BigInteger.valueOf(start), BigInteger.valueOf(stop), BigInteger.valueOf(step));
        }
        return new PyRange(start, stop, step, n);
    }

    /** {@code (hi - lo - 1) / step + 1} for {@code hi > lo}, or -1 when it does not fit (or step is MIN_VALUE). */
    private static long lengthOrNegative(long hi, long lo, long step) {
        if (step <= 0) {
            return -1;
        }
        long diff = hi - lo - 1;
        if (((hi ^ lo) & (hi ^ (hi - lo))) < 0) {
            return -1; // hi - lo overflows: the length may still fit, but BigIntegers decide
        }
        return diff / step + 1;
    }

    /** {@code range(start, stop, step)} for Python ints (Long, BigInteger or Boolean) and a non-zero step. */
    @TruffleBoundary
    public static PyRange of(Object start, Object stop, Object step) {
        if (start instanceof Long a && stop instanceof Long b && step instanceof Long c) {
            return of((long) a, (long) b, (long) c);
        }
        return of(Arith.big(start), Arith.big(stop), Arith.big(step));
    }

    private static PyRange of(BigInteger start, BigInteger stop, BigInteger step) {
        BigInteger n;
        if (step.signum() > 0) {
            n = start.compareTo(stop) < 0 ? stop.subtract(start).subtract(BigInteger.ONE).divide(step).add(BigInteger.ONE)
                    : BigInteger.ZERO;
        } else {
            n = start.compareTo(stop) > 0
                    ? start.subtract(stop).subtract(BigInteger.ONE).divide(step.negate()).add(BigInteger.ONE)
                    : BigInteger.ZERO;
        }
        if (start.bitLength() < 64 && stop.bitLength() < 64 && step.bitLength() < 64 && n.bitLength() < 64) {
            return new PyRange(start.longValue(), stop.longValue(), step.longValue(), n.longValue());
        }
        return new PyRange(start, stop, step, n);
    }

    public boolean isBig() {
        return bigStart != null;
    }

    public Object startValue() {
        return bigStart == null ? (Object) start : Arith.normalize(bigStart);
    }

    public Object stopValue() {
        return bigStop == null ? (Object) stop : Arith.normalize(bigStop);
    }

    public Object stepValue() {
        return bigStep == null ? (Object) step : Arith.normalize(bigStep);
    }

    public Object lengthValue() {
        return bigLength == null ? (Object) length : Arith.normalize(bigLength);
    }

    public boolean isEmpty() {
        return bigLength == null ? length == 0 : bigLength.signum() == 0;
    }

    /** {@code len(r)}: OverflowError when the length does not fit in a Py_ssize_t. */
    public long length() {
        if (bigLength == null) {
            return length;
        }
        if (bigLength.bitLength() >= 64) {
            throw lengthOverflow();
        }
        return bigLength.longValue();
    }

    @TruffleBoundary
    private static PyException lengthOverflow() {
        return PyErrors.overflow("Python int too large to convert to C ssize_t");
    }

    /** The item at a non-negative index below the length (small ranges only). */
    public long get(long i) {
        return start + i * step;
    }

    private BigInteger bigStart() {
        return bigStart != null ? bigStart : BigInteger.valueOf(start);
    }

    private BigInteger bigStep() {
        return bigStep != null ? bigStep : BigInteger.valueOf(step);
    }

    private BigInteger bigLength() {
        return bigLength != null ? bigLength : BigInteger.valueOf(length);
    }

    /** {@code r[i]} for an int {@code i}, negative counting from the end. */
    @TruffleBoundary
    public Object item(Object index) {
        if (bigLength == null && index instanceof Long l) {
            long i = l < 0 ? l + length : l;
            if (i < 0 || i >= length) {
                throw PyErrors.indexError("range object index out of range");
            }
            return get(i);
        }
        BigInteger i = Arith.big(index);
        BigInteger n = bigLength();
        if (i.signum() < 0) {
            i = i.add(n);
        }
        if (i.signum() < 0 || i.compareTo(n) >= 0) {
            throw PyErrors.indexError("range object index out of range");
        }
        return Arith.normalize(bigStart().add(i.multiply(bigStep())));
    }

    /** {@code r[start:stop:step]}: the sub-range, with the slice clamped as CPython clamps it. */
    @TruffleBoundary
    public PyRange slice(PySlice s) {
        BigInteger st = s.step == PyNone.NONE ? BigInteger.ONE : sliceIndex(s.step);
        if (st.signum() == 0) {
            throw PyErrors.valueError("slice step cannot be zero");
        }
        BigInteger n = bigLength();
        boolean negative = st.signum() < 0;
        BigInteger lower = negative ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = negative ? n.subtract(BigInteger.ONE) : n;
        BigInteger lo = clamp(s.start, negative ? upper : lower, n, lower, upper);
        BigInteger hi = clamp(s.stop, negative ? lower : upper, n, lower, upper);
        BigInteger first = bigStart();
        BigInteger by = bigStep();
        return of(first.add(lo.multiply(by)), first.add(hi.multiply(by)), by.multiply(st));
    }

    private static BigInteger sliceIndex(Object o) {
        if (!Ops.isInt(o)) {
            throw PyErrors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return Arith.big(o);
    }

    private static BigInteger clamp(Object bound, BigInteger dflt, BigInteger length, BigInteger lower,
                                    BigInteger upper) {
        if (bound == PyNone.NONE) {
            return dflt;
        }
        BigInteger v = sliceIndex(bound);
        if (v.signum() < 0) {
            v = v.add(length);
            return v.compareTo(lower) < 0 ? lower : v;
        }
        return v.compareTo(upper) > 0 ? upper : v;
    }

    /** {@code v in r} for an int {@code v}, without iterating. */
    @TruffleBoundary
    public boolean containsInt(Object v) {
        if (bigLength == null && v instanceof Long l) {
            long x = l;
            if (step > 0 ? x < start || x >= stop : x > start || x <= stop) {
                return false;
            }
            // x lies between start and stop, so the offset fits when both have the same sign; else use BigIntegers
            if ((x ^ start) >= 0 || ((x - start) ^ x) >= 0) {
                long off = x - start;
                return step == Long.MIN_VALUE ? off == 0 : off % step == 0;
            }
        }
        BigInteger x = Arith.big(v);
        BigInteger first = bigStart();
        BigInteger by = bigStep();
        BigInteger last = bigStop != null ? bigStop : BigInteger.valueOf(stop);
        boolean inside = by.signum() > 0 ? first.compareTo(x) <= 0 && x.compareTo(last) < 0
                : x.compareTo(first) <= 0 && last.compareTo(x) < 0;
        return inside && x.subtract(first).mod(by.abs()).signum() == 0;
    }

    /** The position of int {@code v} (which must be in the range). */
    @TruffleBoundary
    public Object indexOf(Object v) {
        if (bigLength == null && v instanceof Long l && ((l ^ start) >= 0 || ((l - start) ^ l) >= 0)) {
            return (l - start) / step;
        }
        return Arith.normalize(Arith.big(v).subtract(bigStart()).divide(bigStep()));
    }

    /** CPython's {@code ==} on ranges: the same sequence of values. */
    @TruffleBoundary
    public boolean sameValues(PyRange o) {
        if (this == o) {
            return true;
        }
        if (bigLength == null && o.bigLength == null) {
            return length == o.length && (length == 0 || start == o.start && (length == 1 || step == o.step));
        }
        return bigLength().equals(o.bigLength()) && (isEmpty() || bigStart().equals(o.bigStart())
                && (bigLength().equals(BigInteger.ONE) || bigStep().equals(o.bigStep())));
    }

    /** {@code hash((len, start, step))} with None for the parts that do not decide equality, as CPython. */
    @TruffleBoundary
    public long hash() {
        Object n = lengthValue();
        PyTuple key;
        if (isEmpty()) {
            key = PyTuple.of(n, PyNone.NONE, PyNone.NONE);
        } else if (n instanceof Long l && l == 1) {
            key = PyTuple.of(n, startValue(), PyNone.NONE);
        } else {
            key = PyTuple.of(n, startValue(), stepValue());
        }
        return Ops.hashTuple(key);
    }

    /** An iterator over the values, last to first when {@code reversed}. */
    @TruffleBoundary
    public PyIterator iterator(boolean reversed) {
        if (bigLength == null && !(reversed && step == Long.MIN_VALUE)) {
            long first = reversed ? (length == 0 ? start : get(length - 1)) : start;
            return new LongIterator(first, reversed ? -step : step, length);
        }
        BigInteger n = bigLength();
        BigInteger first = reversed ? bigStart().add(n.subtract(BigInteger.ONE).max(BigInteger.ZERO)
                .multiply(bigStep())) : bigStart();
        return new BigIterator(first, reversed ? bigStep().negate() : bigStep(), n);
    }

    private static final class LongIterator extends PyIterator {
        private long next;
        private final long step;
        private long remaining;

        LongIterator(long first, long step, long count) {
            super(PyType.RANGE_ITERATOR);
            this.next = first;
            this.step = step;
            this.remaining = count;
        }

        @Override
        public Object next() {
            if (remaining <= 0) {
                return null;
            }
            remaining--;
            long v = next;
            if (remaining > 0) {
                next += step;
            }
            return v;
        }
    }

    private static final class BigIterator extends PyIterator {
        private BigInteger next;
        private final BigInteger step;
        private BigInteger remaining;

        BigIterator(BigInteger first, BigInteger step, BigInteger count) {
            super(PyType.LONGRANGE_ITERATOR);
            this.next = first;
            this.step = step;
            this.remaining = count;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            if (remaining.signum() <= 0) {
                return null;
            }
            remaining = remaining.subtract(BigInteger.ONE);
            BigInteger v = next;
            next = next.add(step);
            return Arith.normalize(v);
        }
    }
}
