package org.krait.stdlib;

import org.krait.runtime.Arith;
import org.krait.runtime.KraitContext;
import org.krait.runtime.ModuleProvider;
import org.krait.runtime.Ops;
import org.krait.runtime.PyBytes;
import org.krait.runtime.PyDict;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyModule;
import org.krait.runtime.PyNone;
import org.krait.runtime.PyTuple;
import org.krait.runtime.PyType;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Set;

/**
 * {@code _random}: the Mersenne Twister core that {@code random.py} builds on. {@code Random} is a class
 * programs (and random.py) subclass; seeding takes an int (its absolute value), None (fresh entropy), str or
 * bytes (the integer of the bytes followed by their SHA-512, random.py's version 2 seeding) or any other
 * hashable object (its hash).
 */
public final class RandomModule implements ModuleProvider {
    static final PyType RANDOM = PyType.newBuiltin("Random");

    static {
        // random.Random overrides __init__, so its arguments are its own business
        JavaTypes.constructor(RANDOM, MersenneTwister::new, "*args, **kwargs", a -> {
            MersenneTwister r = (MersenneTwister) a[0];
            Object[] args = ((PyTuple) a[1]).items();
            if (PyType.of(r).lookup("__init__") == RANDOM.lookup("__init__") && ((PyDict) a[2]).size() > 0) {
                throw PyErrors.typeError("Random() takes no keyword arguments");
            }
            if (args.length > 1) {
                throw PyErrors.typeError("Random() requires 0 or 1 argument");
            }
            seed(r, args.length == 0 ? PyNone.NONE : args[0]);
            return PyNone.NONE;
        });
        JavaTypes.method(RANDOM, "seed", "self, n=None, /", a -> {
            seed((MersenneTwister) a[0], a[1]);
            return PyNone.NONE;
        });
        JavaTypes.method(RANDOM, "random", "self", a -> ((MersenneTwister) a[0]).random());
        JavaTypes.method(RANDOM, "getrandbits", "self, k, /", a -> {
            long k = Ops.index(a[1]);
            if (k < 0) {
                throw PyErrors.valueError("number of bits must be non-negative");
            }
            if (k > Integer.MAX_VALUE) {
                throw PyErrors.overflow("Python int too large to convert to C int");
            }
            return ((MersenneTwister) a[0]).getrandbits((int) k);
        });
        JavaTypes.method(RANDOM, "getstate", "self", a -> {
            MersenneTwister r = (MersenneTwister) a[0];
            Object[] state = new Object[MersenneTwister.N + 1];
            for (int i = 0; i < MersenneTwister.N; i++) {
                state[i] = r.mt[i] & 0xffffffffL;
            }
            state[MersenneTwister.N] = (long) r.index;
            return new PyTuple(state);
        });
        JavaTypes.method(RANDOM, "setstate", "self, state, /", a -> {
            setState((MersenneTwister) a[0], a[1]);
            return PyNone.NONE;
        });
    }

    @Override
    public Set<String> moduleNames() {
        return Set.of("_random");
    }

    @Override
    public PyModule create(String name, KraitContext context) {
        PyModule m = new PyModule("_random");
        m.setAttribute("Random", RANDOM);
        return m;
    }

    private static void seed(MersenneTwister r, Object arg) {
        if (arg == PyNone.NONE) {
            int[] key = new int[MersenneTwister.N];
            SecureRandom entropy = new SecureRandom();
            for (int i = 0; i < key.length; i++) {
                key[i] = entropy.nextInt();
            }
            r.initByArray(key);
            return;
        }
        BigInteger n;
        if (arg instanceof Long || arg instanceof BigInteger) {
            n = Arith.big(arg).abs();
        } else if (arg instanceof String s) {
            n = bytesSeed(s.getBytes(StandardCharsets.UTF_8));
        } else if (arg instanceof PyBytes b) {
            n = bytesSeed(b.bytes());
        } else {
            // CPython casts the hash to an unsigned C size_t
            n = BigInteger.valueOf(Ops.hash(arg));
            if (n.signum() < 0) {
                n = n.add(BigInteger.ONE.shiftLeft(64));
            }
        }
        r.seed(n);
    }

    /** {@code int.from_bytes(a + sha512(a).digest(), 'big')}. */
    private static BigInteger bytesSeed(byte[] a) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-512").digest(a);
            byte[] all = new byte[a.length + digest.length + 1];
            System.arraycopy(a, 0, all, 1, a.length);
            System.arraycopy(digest, 0, all, 1 + a.length, digest.length);
            return new BigInteger(all);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void setState(MersenneTwister r, Object state) {
        if (!(state instanceof PyTuple t)) {
            throw PyErrors.typeError("state vector must be a tuple");
        }
        if (t.size() != MersenneTwister.N + 1) {
            throw PyErrors.valueError("state vector is the wrong size");
        }
        int[] words = new int[MersenneTwister.N];
        for (int i = 0; i < words.length; i++) {
            Object w = t.get(i);
            if (!Ops.isInt(w)) {
                throw PyErrors.typeError("an integer is required (got type " + Ops.typeName(w) + ")");
            }
            BigInteger b = Arith.big(w);
            if (b.signum() < 0) {
                throw PyErrors.overflow("can't convert negative value to unsigned int");
            }
            if (b.bitLength() > 64) {
                throw PyErrors.overflow("Python int too large to convert to C unsigned long");
            }
            words[i] = b.intValue();
        }
        long index = Ops.index(t.get(MersenneTwister.N));
        if (index < 0 || index > MersenneTwister.N) {
            throw PyErrors.valueError("invalid state");
        }
        System.arraycopy(words, 0, r.mt, 0, words.length);
        r.index = (int) index;
    }
}
