package org.krait.stdlib;

import org.krait.runtime.Arith;
import org.krait.runtime.PyErrors;

import java.math.BigInteger;

/** The integer functions of {@code math}: factorial, comb, perm, isqrt, gcd and lcm, exact for any size. */
final class MathIntegers {
    private MathIntegers() {
    }

    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    static Object factorial(Object arg) {
        BigInteger n = Numbers.bigIndex(arg);
        if (n.signum() < 0) {
            throw PyErrors.valueError("factorial() not defined for negative values");
        }
        if (n.compareTo(LONG_MAX) > 0) {
            throw PyErrors.overflow("factorial() argument should not exceed " + Long.MAX_VALUE);
        }
        return Arith.normalize(product(1, n.longValue()));
    }

    /** The product of the integers in [lo, hi] by binary splitting (balanced operands multiply fast). */
    private static BigInteger product(long lo, long hi) {
        if (lo > hi) {
            return BigInteger.ONE;
        }
        if (hi - lo < 16) {
            BigInteger r = BigInteger.valueOf(lo);
            for (long i = lo + 1; i <= hi; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return r;
        }
        long mid = lo + (hi - lo) / 2;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }

    /** The product of n, n-1, ..., n-k+1 for a possibly huge n. */
    private static BigInteger fallingProduct(BigInteger n, long k) {
        if (n.bitLength() < 62) {
            long nl = n.longValue();
            return product(nl - k + 1, nl);
        }
        return fallingSplit(n, k);
    }

    private static BigInteger fallingSplit(BigInteger n, long k) {
        if (k == 0) {
            return BigInteger.ONE;
        }
        if (k == 1) {
            return n;
        }
        long half = k / 2;
        return fallingSplit(n, half).multiply(fallingSplit(n.subtract(BigInteger.valueOf(half)), k - half));
    }

    static Object perm(Object nArg, Object kArg) {
        if (kArg == org.krait.runtime.PyNone.NONE) {
            return factorial(nArg);
        }
        BigInteger n = Numbers.bigIndex(nArg);
        BigInteger k = Numbers.bigIndex(kArg);
        if (n.signum() < 0) {
            throw PyErrors.valueError("n must be a non-negative integer");
        }
        if (k.signum() < 0) {
            throw PyErrors.valueError("k must be a non-negative integer");
        }
        if (k.compareTo(n) > 0) {
            return 0L;
        }
        if (k.compareTo(LONG_MAX) > 0) {
            throw PyErrors.overflow("k must not exceed " + Long.MAX_VALUE);
        }
        return Arith.normalize(fallingProduct(n, k.longValue()));
    }

    static Object comb(Object nArg, Object kArg) {
        BigInteger n = Numbers.bigIndex(nArg);
        BigInteger k = Numbers.bigIndex(kArg);
        if (n.signum() < 0) {
            throw PyErrors.valueError("n must be a non-negative integer");
        }
        if (k.signum() < 0) {
            throw PyErrors.valueError("k must be a non-negative integer");
        }
        if (k.compareTo(n) > 0) {
            return 0L;
        }
        BigInteger other = n.subtract(k);
        if (other.compareTo(k) < 0) {
            k = other;
        }
        if (k.compareTo(LONG_MAX) > 0) {
            throw PyErrors.overflow("min(n - k, k) must not exceed " + Long.MAX_VALUE);
        }
        long kl = k.longValue();
        return Arith.normalize(fallingProduct(n, kl).divide(product(1, kl)));
    }

    static Object isqrt(Object arg) {
        BigInteger n = Numbers.bigIndex(arg);
        if (n.signum() < 0) {
            throw PyErrors.valueError("isqrt() argument must be nonnegative");
        }
        return Arith.normalize(n.sqrt());
    }

    static Object gcd(Object[] args) {
        BigInteger g = BigInteger.ZERO;
        for (Object a : args) {
            g = g.gcd(Numbers.bigIndex(a));
        }
        return Arith.normalize(g);
    }

    static Object lcm(Object[] args) {
        BigInteger l = BigInteger.ONE;
        boolean zero = false;
        for (Object a : args) {
            BigInteger x = Numbers.bigIndex(a).abs();
            if (x.signum() == 0) {
                zero = true; // keep converting: later arguments must still be integers
            } else if (!zero) {
                l = l.divide(l.gcd(x)).multiply(x);
            }
        }
        return zero ? 0L : Arith.normalize(l);
    }
}
