package org.krait.stdlib;

import org.krait.runtime.Ops;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyIterator;

/**
 * {@code math.fsum}: the exactly rounded sum of floats. The running sum is kept as a list of non-overlapping
 * partial sums (Shewchuk's algorithm), which are added up at the end with a correction for ties.
 */
final class MathFsum {
    private MathFsum() {
    }

    static double fsum(Object iterable) {
        double[] partials = new double[32];
        int n = 0;
        double special = 0.0;
        double infSum = 0.0;
        PyIterator it = Ops.iter(iterable);
        for (Object item = it.next(); item != null; item = it.next()) {
            double x = Numbers.toDouble(item);
            double xsave = x;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = partials[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) {
                    partials[i++] = lo;
                }
                x = hi;
            }
            n = i;
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    // a non-finite sum comes from an infinite or NaN summand, or from overflow
                    if (Double.isFinite(xsave)) {
                        throw PyErrors.overflow("intermediate overflow in fsum");
                    }
                    if (Double.isInfinite(xsave)) {
                        infSum += xsave;
                    }
                    special += xsave;
                    n = 0;
                } else {
                    if (n == partials.length) {
                        partials = java.util.Arrays.copyOf(partials, n * 2);
                    }
                    partials[n++] = x;
                }
            }
        }
        if (special != 0.0) {
            if (Double.isNaN(infSum)) {
                throw PyErrors.valueError("-inf + inf in fsum");
            }
            return special;
        }
        double hi = 0.0;
        if (n > 0) {
            hi = partials[--n];
            double lo = 0.0;
            // add from the top down until the sum stops being exact
            while (n > 0) {
                double x = hi;
                double y = partials[--n];
                hi = x + y;
                lo = y - (hi - x);
                if (lo != 0.0) {
                    break;
                }
            }
            // round half to even: if the rest of the partials push lo past a tie, hi + 2 lo is the answer
            if (n > 0 && (lo < 0 && partials[n - 1] < 0 || lo > 0 && partials[n - 1] > 0)) {
                double y = lo * 2;
                double x = hi + y;
                if (y == x - hi) {
                    hi = x;
                }
            }
        }
        return hi;
    }
}
