package org.krait.stdlib;

import java.security.MessageDigest;

/**
 * BLAKE2b and BLAKE2s (RFC 7693) with the full parameter block (key, salt, personalization, tree hashing), as a
 * {@link MessageDigest} so that {@code _hashlib.HASH} objects can run them like the JDK's digests.
 */
final class Blake2 extends MessageDigest implements Cloneable {
    private static final long[] IV = {
        0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL, 0xa54ff53a5f1d36f1L,
        0x510e527fade682d1L, 0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L};
    private static final byte[][] SIGMA = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
        {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
        {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
        {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
        {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
        {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
        {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
        {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
        {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
        {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0}};

    /** The tree-hashing parameters of the parameter block. */
    record Tree(int fanout, int depth, long leafSize, long nodeOffset, int nodeDepth, int innerSize,
                boolean lastNode) {
    }

    /** true for BLAKE2b (64-bit words, 128-byte blocks, 12 rounds), false for BLAKE2s (32-bit, 64, 10). */
    private final boolean wide;
    private final int digestSize;
    private final boolean lastNode;
    private final long[] initial = new long[8];
    private final byte[] key;
    private long[] h = new long[8];
    private byte[] buffer;
    private int buffered;
    private long countLow;
    private long countHigh;

    Blake2(boolean wide, int digestSize, byte[] key, byte[] salt, byte[] person, Tree tree) {
        super(wide ? "BLAKE2b" : "BLAKE2s");
        this.wide = wide;
        this.digestSize = digestSize;
        this.lastNode = tree.lastNode();
        this.key = key.clone();
        int blockSize = wide ? 128 : 64;
        byte[] p = new byte[wide ? 64 : 32];
        p[0] = (byte) digestSize;
        p[1] = (byte) key.length;
        p[2] = (byte) tree.fanout();
        p[3] = (byte) tree.depth();
        putLittleEndian(p, 4, tree.leafSize(), 4);
        if (wide) {
            putLittleEndian(p, 8, tree.nodeOffset(), 8);
            p[16] = (byte) tree.nodeDepth();
            p[17] = (byte) tree.innerSize();
            System.arraycopy(salt, 0, p, 32, salt.length);
            System.arraycopy(person, 0, p, 48, person.length);
        } else {
            putLittleEndian(p, 8, tree.nodeOffset(), 6);
            p[14] = (byte) tree.nodeDepth();
            p[15] = (byte) tree.innerSize();
            System.arraycopy(salt, 0, p, 16, salt.length);
            System.arraycopy(person, 0, p, 24, person.length);
        }
        for (int i = 0; i < 8; i++) {
            long iv = wide ? IV[i] : IV[i] >>> 32;
            initial[i] = iv ^ (wide ? word64(p, i * 8) : word32(p, i * 4));
        }
        buffer = new byte[blockSize];
        engineReset();
    }

    @Override
    protected int engineGetDigestLength() {
        return digestSize;
    }

    @Override
    protected void engineReset() {
        h = initial.clone();
        java.util.Arrays.fill(buffer, (byte) 0);
        buffered = 0;
        countLow = 0;
        countHigh = 0;
        if (key.length > 0) {
            // the key, zero-padded, is the first block
            System.arraycopy(key, 0, buffer, 0, key.length);
            buffered = buffer.length;
        }
    }

    @Override
    protected void engineUpdate(byte input) {
        engineUpdate(new byte[]{input}, 0, 1);
    }

    @Override
    protected void engineUpdate(byte[] input, int offset, int length) {
        while (length > 0) {
            if (buffered == buffer.length) {
                // a full block is compressed only once more data follows: the last block is compressed apart
                count(buffer.length);
                compress(buffer, 0, false);
                buffered = 0;
            }
            int n = Math.min(length, buffer.length - buffered);
            System.arraycopy(input, offset, buffer, buffered, n);
            buffered += n;
            offset += n;
            length -= n;
        }
    }

    @Override
    protected byte[] engineDigest() {
        count(buffered);
        java.util.Arrays.fill(buffer, buffered, buffer.length, (byte) 0);
        compress(buffer, 0, true);
        byte[] out = new byte[digestSize];
        int wordBytes = wide ? 8 : 4;
        for (int i = 0; i < digestSize; i++) {
            out[i] = (byte) (h[i / wordBytes] >>> (8 * (i % wordBytes)));
        }
        engineReset();
        return out;
    }

    @Override
    public Object clone() throws CloneNotSupportedException {
        Blake2 copy = (Blake2) super.clone();
        copy.h = h.clone();
        copy.buffer = buffer.clone();
        return copy;
    }

    private void count(int bytes) {
        if (wide) {
            long before = countLow;
            countLow += bytes;
            if (Long.compareUnsigned(countLow, before) < 0) {
                countHigh++;
            }
        } else {
            // BLAKE2s counts in two 32-bit words, held here as one 64-bit count
            countLow += bytes;
        }
    }

    private void compress(byte[] block, int offset, boolean last) {
        if (wide) {
            compress64(block, offset, last);
        } else {
            compress32(block, offset, last);
        }
    }

    private void compress64(byte[] block, int offset, boolean last) {
        long[] m = new long[16];
        for (int i = 0; i < 16; i++) {
            m[i] = word64(block, offset + i * 8);
        }
        long[] v = new long[16];
        System.arraycopy(h, 0, v, 0, 8);
        System.arraycopy(IV, 0, v, 8, 8);
        v[12] ^= countLow;
        v[13] ^= countHigh;
        if (last) {
            v[14] = ~v[14];
            if (lastNode) {
                v[15] = ~v[15];
            }
        }
        for (int r = 0; r < 12; r++) {
            byte[] s = SIGMA[r % 10];
            g64(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            g64(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            g64(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            g64(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            g64(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            g64(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            g64(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            g64(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (int i = 0; i < 8; i++) {
            h[i] ^= v[i] ^ v[i + 8];
        }
    }

    private static void g64(long[] v, int a, int b, int c, int d, long x, long y) {
        v[a] += v[b] + x;
        v[d] = Long.rotateRight(v[d] ^ v[a], 32);
        v[c] += v[d];
        v[b] = Long.rotateRight(v[b] ^ v[c], 24);
        v[a] += v[b] + y;
        v[d] = Long.rotateRight(v[d] ^ v[a], 16);
        v[c] += v[d];
        v[b] = Long.rotateRight(v[b] ^ v[c], 63);
    }

    private void compress32(byte[] block, int offset, boolean last) {
        int[] m = new int[16];
        for (int i = 0; i < 16; i++) {
            m[i] = (int) word32(block, offset + i * 4);
        }
        int[] v = new int[16];
        for (int i = 0; i < 8; i++) {
            v[i] = (int) h[i];
            v[i + 8] = (int) (IV[i] >>> 32);
        }
        v[12] ^= (int) countLow;
        v[13] ^= (int) (countLow >>> 32);
        if (last) {
            v[14] = ~v[14];
            if (lastNode) {
                v[15] = ~v[15];
            }
        }
        for (int r = 0; r < 10; r++) {
            byte[] s = SIGMA[r];
            g32(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            g32(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            g32(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            g32(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            g32(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            g32(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            g32(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            g32(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (int i = 0; i < 8; i++) {
            h[i] = (h[i] ^ (v[i] ^ v[i + 8])) & 0xffffffffL;
        }
    }

    private static void g32(int[] v, int a, int b, int c, int d, int x, int y) {
        v[a] += v[b] + x;
        v[d] = Integer.rotateRight(v[d] ^ v[a], 16);
        v[c] += v[d];
        v[b] = Integer.rotateRight(v[b] ^ v[c], 12);
        v[a] += v[b] + y;
        v[d] = Integer.rotateRight(v[d] ^ v[a], 8);
        v[c] += v[d];
        v[b] = Integer.rotateRight(v[b] ^ v[c], 7);
    }

    private static long word64(byte[] b, int i) {
        long w = 0;
        for (int k = 7; k >= 0; k--) {
            w = (w << 8) | (b[i + k] & 0xff);
        }
        return w;
    }

    private static long word32(byte[] b, int i) {
        return (b[i] & 0xffL) | (b[i + 1] & 0xffL) << 8 | (b[i + 2] & 0xffL) << 16 | (b[i + 3] & 0xffL) << 24;
    }

    private static void putLittleEndian(byte[] b, int at, long value, int bytes) {
        for (int k = 0; k < bytes; k++) {
            b[at + k] = (byte) (value >>> (8 * k));
        }
    }
}
