package org.krait.runtime;

/**
 * A double-double number: the unevaluated sum {@code hi + lo} with {@code |lo| <= ulp(hi) / 2}, about 106 bits
 * of precision. {@link LibM} evaluates functions in it so that rounding {@code hi + lo} to a double gives the
 * correctly rounded result (which is what glibc's exp, log, pow, sin, cos, tan and the inverse trigonometric
 * functions return, and so what CPython prints).
 */
final class DD {
    static final DD ZERO = new DD(0, 0);
    static final DD ONE = new DD(1, 0);

    final double hi;
    final double lo;

    DD(double hi, double lo) {
        this.hi = hi;
        this.lo = lo;
    }

    static DD of(double x) {
        return new DD(x, 0);
    }

    /** The exact sum of two doubles. */
    static DD twoSum(double a, double b) {
        double s = a + b;
        double bb = s - a;
        return new DD(s, (a - (s - bb)) + (b - bb));
    }

    /** The exact sum when {@code |a| >= |b|} (or a is zero). */
    static DD fastTwoSum(double a, double b) {
        double s = a + b;
        return new DD(s, b - (s - a));
    }

    /** The exact product of two doubles (barring underflow). */
    static DD twoProd(double a, double b) {
        double p = a * b;
        return new DD(p, Math.fma(a, b, -p));
    }

    /** The value rounded to the nearest double. */
    double value() {
        return hi + lo;
    }

    DD add(DD b) {
        DD s = twoSum(hi, b.hi);
        DD t = twoSum(lo, b.lo);
        DD u = fastTwoSum(s.hi, s.lo + t.hi);
        return fastTwoSum(u.hi, u.lo + t.lo);
    }

    DD add(double b) {
        DD s = twoSum(hi, b);
        return fastTwoSum(s.hi, s.lo + lo);
    }

    DD negate() {
        return new DD(-hi, -lo);
    }

    DD sub(DD b) {
        return add(b.negate());
    }

    DD mul(DD b) {
        DD p = twoProd(hi, b.hi);
        return fastTwoSum(p.hi, p.lo + (hi * b.lo + lo * b.hi));
    }

    DD mul(double b) {
        DD p = twoProd(hi, b);
        return fastTwoSum(p.hi, p.lo + lo * b);
    }

    /** Multiplication by a power of two (exact unless it overflows or underflows). */
    DD scalb(int n) {
        return new DD(Math.scalb(hi, n), Math.scalb(lo, n));
    }

    DD div(DD b) {
        double q1 = hi / b.hi;
        DD r = sub(b.mul(q1));
        double q2 = r.hi / b.hi;
        r = r.sub(b.mul(q2));
        double q3 = r.hi / b.hi;
        DD q = fastTwoSum(q1, q2);
        return q.add(q3);
    }

    DD sqrt() {
        if (hi <= 0) {
            return of(Math.sqrt(hi));
        }
        double s = Math.sqrt(hi);
        DD r = sub(twoProd(s, s));
        return fastTwoSum(s, r.hi / (2 * s));
    }

    /** {@code 1 / n!} for n = 0..30, the coefficients of the Taylor series of exp, sin and cos. */
    static final DD[] INV_FACTORIAL = new DD[31];

    static {
        INV_FACTORIAL[0] = ONE;
        for (int n = 1; n < INV_FACTORIAL.length; n++) {
            INV_FACTORIAL[n] = INV_FACTORIAL[n - 1].div(of(n));
        }
    }
}
