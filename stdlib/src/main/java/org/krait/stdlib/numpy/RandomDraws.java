package org.krait.stdlib.numpy;

import org.krait.jit.types.Scalar;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyNone;
import org.krait.runtime.PyTuple;
import org.krait.stdlib.MersenneTwister;

/**
 * The loops of numpy.random's legacy generator (the package {@code numpy.random} keeps its state): doubles,
 * Gaussians by the polar method with one value cached, and bounded integers by masked rejection, drawn from the
 * Mersenne Twister of a {@code random.Random} exactly as NumPy draws from its MT19937.
 */
final class RandomDraws {
    private RandomDraws() {
    }

    private static MersenneTwister generator(Object o) {
        if (o instanceof MersenneTwister mt) {
            return mt;
        }
        throw PyErrors.typeError("expected a random.Random generator");
    }

    static PyNDArray doubles(Object generator, long n) {
        MersenneTwister mt = generator(generator);
        double[] out = new double[Shapes.elements(new long[]{n}, Scalar.FLOAT64)];
        for (int i = 0; i < out.length; i++) {
            out[i] = mt.random();
        }
        return PyNDArray.of(Scalar.FLOAT64, out, new long[]{n});
    }

    /** {@code n} values {@code loc + scale * gauss}; returns them and the Gaussian left cached (or None). */
    static PyTuple gauss(Object generator, long n, double loc, double scale, Object cached) {
        MersenneTwister mt = generator(generator);
        double[] out = new double[Shapes.elements(new long[]{n}, Scalar.FLOAT64)];
        boolean hasCached = cached != PyNone.NONE;
        double next = hasCached ? Creation.toDouble(cached) : 0;
        for (int i = 0; i < out.length; i++) {
            double g;
            if (hasCached) {
                g = next;
                hasCached = false;
            } else {
                double x1;
                double x2;
                double r2;
                do {
                    x1 = 2.0 * mt.random() - 1.0;
                    x2 = 2.0 * mt.random() - 1.0;
                    r2 = x1 * x1 + x2 * x2;
                } while (r2 >= 1.0 || r2 == 0.0);
                // the correctly rounded log, as the C library NumPy uses computes it
                double f = Math.sqrt(-2.0 * org.krait.runtime.LibM.log(r2) / r2);
                next = f * x1;
                hasCached = true;
                g = f * x2;
            }
            out[i] = loc + scale * g;
        }
        return PyTuple.of(PyNDArray.of(Scalar.FLOAT64, out, new long[]{n}), hasCached ? (Object) next : PyNone.NONE);
    }

    /** {@code n} uniform integers in [0, rng]: masked rejection on 32-bit draws, or 64-bit ones beyond. */
    static PyNDArray bounded(Object generator, long rng, long n) {
        MersenneTwister mt = generator(generator);
        long[] out = new long[Shapes.elements(new long[]{n}, Scalar.INT64)];
        long mask = rng;
        for (int shift = 1; shift <= 32; shift <<= 1) {
            mask |= mask >>> shift;
        }
        for (int i = 0; i < out.length; i++) {
            long v;
            if (rng == 0) {
                v = 0;
            } else if (Long.compareUnsigned(rng, 0xffffffffL) <= 0) {
                do {
                    v = (mt.next32() & 0xffffffffL) & mask;
                } while (Long.compareUnsigned(v, rng) > 0);
            } else {
                do {
                    long hi = mt.next32() & 0xffffffffL;
                    v = ((hi << 32) | (mt.next32() & 0xffffffffL)) & mask;
                } while (Long.compareUnsigned(v, rng) > 0);
            }
            out[i] = v;
        }
        return PyNDArray.of(Scalar.INT64, out, new long[]{n});
    }
}
