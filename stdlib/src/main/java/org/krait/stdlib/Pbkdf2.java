package org.krait.stdlib;

import org.krait.gil.GlobalInterpreterLock;
import org.krait.runtime.Buffers;
import org.krait.runtime.Ops;
import org.krait.runtime.PyBytes;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyNone;

import java.security.MessageDigest;

/**
 * PBKDF2 with HMAC (RFC 8018) for {@code hashlib.pbkdf2_hmac}. HMAC is built here on the digest itself rather than
 * on javax.crypto.Mac, which rejects the empty passwords Python allows.
 */
final class Pbkdf2 {
    private Pbkdf2() {
    }

    static PyBytes derive(MessageDigest md, int blockSize, Object passwordArg, Object saltArg, Object iterationsArg,
                          Object dklenArg) {
        byte[] password = Buffers.bytes(passwordArg);
        byte[] salt = Buffers.bytes(saltArg);
        long iterations = Ops.index(iterationsArg);
        if (iterations < 1) {
            throw PyErrors.valueError("iteration value must be greater than 0.");
        }
        if (iterations > Integer.MAX_VALUE) {
            throw PyErrors.create(org.krait.runtime.ExceptionTypes.OVERFLOW_ERROR, "iteration value is too great.");
        }
        long dklen = dklenArg == PyNone.NONE ? md.getDigestLength() : Ops.index(dklenArg);
        if (dklen < 1) {
            throw PyErrors.valueError("key length must be greater than 0.");
        }
        if (dklen > Integer.MAX_VALUE) {
            throw PyErrors.create(org.krait.runtime.ExceptionTypes.OVERFLOW_ERROR, "key length is too great.");
        }
        try (var unlocked = GlobalInterpreterLock.unlocked(null)) {
            return new PyBytes(compute(md, blockSize, password, salt, (int) iterations, (int) dklen));
        }
    }

    private static byte[] compute(MessageDigest md, int blockSize, byte[] password, byte[] salt, int iterations,
                                  int dklen) {
        byte[] key = password.length > blockSize ? md.digest(password) : password;
        byte[] ipad = new byte[blockSize];
        byte[] opad = new byte[blockSize];
        for (int i = 0; i < blockSize; i++) {
            byte k = i < key.length ? key[i] : 0;
            ipad[i] = (byte) (k ^ 0x36);
            opad[i] = (byte) (k ^ 0x5c);
        }
        MessageDigest inner = copy(md);
        inner.reset();
        inner.update(ipad);
        MessageDigest outer = copy(md);
        outer.reset();
        outer.update(opad);
        int hlen = md.getDigestLength();
        byte[] out = new byte[dklen];
        for (int block = 1, pos = 0; pos < dklen; block++, pos += hlen) {
            MessageDigest first = copy(inner);
            first.update(salt);
            first.update(new byte[]{(byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8), (byte) block});
            byte[] u = hmacFinish(outer, first.digest());
            byte[] t = u.clone();
            for (int i = 1; i < iterations; i++) {
                MessageDigest next = copy(inner);
                next.update(u);
                u = hmacFinish(outer, next.digest());
                for (int j = 0; j < hlen; j++) {
                    t[j] ^= u[j];
                }
            }
            System.arraycopy(t, 0, out, pos, Math.min(hlen, dklen - pos));
        }
        return out;
    }

    private static byte[] hmacFinish(MessageDigest outer, byte[] innerDigest) {
        MessageDigest o = copy(outer);
        o.update(innerDigest);
        return o.digest();
    }

    private static MessageDigest copy(MessageDigest md) {
        try {
            return (MessageDigest) md.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }
}
