package org.krait.stdlib;

import org.krait.runtime.PyObject;
import org.krait.runtime.PyType;

import java.math.BigInteger;

/**
 * The state of a {@code _random.Random}: Matsumoto and Nishimura's MT19937 generator, seeded, stepped and
 * turned into floats and big integers exactly as CPython's C module does, so seeded sequences are the same.
 */
public final class MersenneTwister extends PyObject {
    static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    final int[] mt = new int[N];
    int index = N + 1;

    MersenneTwister(PyType type) {
        super(type);
    }

    private void initGenrand(int s) {
        mt[0] = s;
        for (int i = 1; i < N; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        index = N;
    }

    /** Seeds from 32-bit words (the reference init_by_array). */
    void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000; // MSB is 1, assuring a non-zero initial array
    }

    /** Seeds from a non-negative integer: its 32-bit words, least significant first (one zero word for 0). */
    void seed(BigInteger n) {
        int words = Math.max(1, (n.bitLength() + 31) / 32);
        int[] key = new int[words];
        for (int w = 0; w < words; w++) {
            key[w] = n.shiftRight(32 * w).intValue();
        }
        initByArray(key);
    }

    public int next32() {
        if (index >= N) {
            int kk;
            for (kk = 0; kk < N - M; kk++) {
                int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            }
            for (; kk < N - 1; kk++) {
                int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            }
            int y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            index = 0;
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    /** A float in [0, 1) from 53 random bits (27 + 26 from two words). */
    public double random() {
        long a = (next32() >>> 5) & 0xffffffffL;
        long b = (next32() >>> 6) & 0xffffffffL;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** A non-negative int with k random bits; words are used least significant first. */
    Object getrandbits(int k) {
        if (k <= 32) {
            return k == 0 ? 0L : (long) (next32() >>> (32 - k)) & 0xffffffffL;
        }
        if (k <= 63) {
            long lo = next32() & 0xffffffffL;
            long hi = (next32() >>> (64 - k)) & 0xffffffffL;
            return (hi << 32) | lo;
        }
        int words = (k - 1) / 32 + 1;
        byte[] bytes = new byte[words * 4 + 1]; // big-endian with a leading zero byte for the sign
        for (int w = 0; w < words; w++, k -= 32) {
            int r = next32();
            if (k < 32) {
                r >>>= 32 - k;
            }
            int at = bytes.length - 4 * (w + 1);
            bytes[at] = (byte) (r >>> 24);
            bytes[at + 1] = (byte) (r >>> 16);
            bytes[at + 2] = (byte) (r >>> 8);
            bytes[at + 3] = (byte) r;
        }
        return org.krait.runtime.Arith.normalize(new BigInteger(bytes));
    }
}
