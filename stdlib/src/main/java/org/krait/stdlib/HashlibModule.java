package org.krait.stdlib;

import org.krait.gil.GlobalInterpreterLock;
import org.krait.runtime.Buffers;
import org.krait.runtime.KraitContext;
import org.krait.runtime.ModuleProvider;
import org.krait.runtime.Ops;
import org.krait.runtime.PyBuiltinFunction;
import org.krait.runtime.PyBytes;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyModule;
import org.krait.runtime.PyNone;
import org.krait.runtime.PyObject;
import org.krait.runtime.PyProperty;
import org.krait.runtime.PyTuple;
import org.krait.runtime.Signature;
import org.krait.runtime.PyType;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code _hashlib} (re-exported by hashlib.py): message digests on the JDK's {@link MessageDigest}, as CPython's
 * OpenSSL-backed {@code _hashlib.HASH} objects, and {@code pbkdf2_hmac}.
 */
public final class HashlibModule implements ModuleProvider {
    static final PyType HASH = PyType.newBuiltin("_hashlib", "HASH");
    static final PyType BLAKE2B = PyType.newBuiltin("_blake2", "blake2b");
    static final PyType BLAKE2S = PyType.newBuiltin("_blake2", "blake2s");
    /** CPython hashes buffers at least this long with the GIL released (its HASHLIB_GIL_MINSIZE). */
    private static final int GIL_MINSIZE = 2048;

    /** Python name → JDK algorithm and block size (the digest size comes from the JDK). */
    record Algorithm(String jdkName, int blockSize) {
    }

    private static final Map<String, Algorithm> ALGORITHMS = new LinkedHashMap<>();

    static {
        ALGORITHMS.put("md5", new Algorithm("MD5", 64));
        ALGORITHMS.put("sha1", new Algorithm("SHA-1", 64));
        ALGORITHMS.put("sha224", new Algorithm("SHA-224", 64));
        ALGORITHMS.put("sha256", new Algorithm("SHA-256", 64));
        ALGORITHMS.put("sha384", new Algorithm("SHA-384", 128));
        ALGORITHMS.put("sha512", new Algorithm("SHA-512", 128));
        ALGORITHMS.put("sha512_224", new Algorithm("SHA-512/224", 128));
        ALGORITHMS.put("sha512_256", new Algorithm("SHA-512/256", 128));
        ALGORITHMS.put("sha3_224", new Algorithm("SHA3-224", 144));
        ALGORITHMS.put("sha3_256", new Algorithm("SHA3-256", 136));
        ALGORITHMS.put("sha3_384", new Algorithm("SHA3-384", 104));
        ALGORITHMS.put("sha3_512", new Algorithm("SHA3-512", 72));

        for (PyType type : new PyType[]{HASH, BLAKE2B, BLAKE2S}) {
            defineMethods(type);
        }
        HASH.define("__new__", new PyBuiltinFunction("HASH.__new__", "cls, *args, **kwargs", a -> {
            throw PyErrors.typeError("cannot create '_hashlib.HASH' instances");
        }));
        defineBlake2(BLAKE2B, true);
        defineBlake2(BLAKE2S, false);
    }

    private static void defineMethods(PyType type) {
        JavaTypes.method(type, "update", "self, obj, /", a -> {
            hash(a[0]).update(a[1]);
            return PyNone.NONE;
        });
        JavaTypes.method(type, "digest", "self, /", a -> new PyBytes(hash(a[0]).digest()));
        JavaTypes.method(type, "hexdigest", "self, /", a -> HexFormat.of().formatHex(hash(a[0]).digest()));
        JavaTypes.method(type, "copy", "self, /", a -> hash(a[0]).copy());
        JavaTypes.method(type, "__repr__", "self, /", a -> "<" + hash(a[0]).name + " " + type.module() + "."
                + type.name() + " object @ 0x" + Long.toHexString(System.identityHashCode(a[0])) + ">");
        property(type, "name", a -> hash(a[0]).name);
        property(type, "digest_size", a -> (long) hash(a[0]).digest.getDigestLength());
        property(type, "block_size", a -> (long) hash(a[0]).blockSize);
    }

    /** The {@code blake2b}/{@code blake2s} classes: their constructor takes BLAKE2's parameter block. */
    private static void defineBlake2(PyType type, boolean wide) {
        int maxDigest = wide ? 64 : 32;
        int saltSize = wide ? 16 : 8;
        type.define("SALT_SIZE", (long) saltSize);
        type.define("PERSON_SIZE", (long) saltSize);
        type.define("MAX_KEY_SIZE", (long) maxDigest);
        type.define("MAX_DIGEST_SIZE", (long) maxDigest);
        String spec = "cls, data=?, /, *, digest_size=" + maxDigest + ", key=?, salt=?, person=?, fanout=1, "
                + "depth=1, leaf_size=0, node_offset=0, node_depth=0, inner_size=0, last_node=False, "
                + "usedforsecurity=True";
        type.define("__new__", new PyBuiltinFunction(type.name() + ".__new__", spec, a -> {
            byte[] key = a[3] == Signature.MISSING ? new byte[0] : Buffers.bytes(a[3]);
            byte[] salt = a[4] == Signature.MISSING ? new byte[0] : Buffers.bytes(a[4]);
            byte[] person = a[5] == Signature.MISSING ? new byte[0] : Buffers.bytes(a[5]);
            long leafSize = unsigned64(a[8]);
            long nodeOffset = unsigned64(a[9]);
            long digestSize = Ops.index(a[2]);
            if (digestSize < 1 || digestSize > maxDigest) {
                throw PyErrors.valueError("digest_size must be between 1 and " + maxDigest + " bytes");
            }
            if (salt.length > saltSize) {
                throw PyErrors.valueError("maximum salt length is " + saltSize + " bytes");
            }
            if (person.length > saltSize) {
                throw PyErrors.valueError("maximum person length is " + saltSize + " bytes");
            }
            long fanout = Ops.index(a[6]);
            if (fanout < 0 || fanout > 255) {
                throw PyErrors.valueError("fanout must be between 0 and 255");
            }
            long depth = Ops.index(a[7]);
            if (depth < 1 || depth > 255) {
                throw PyErrors.valueError("depth must be between 1 and 255");
            }
            if (Long.compareUnsigned(leafSize, 0xffffffffL) > 0) {
                throw PyErrors.create(org.krait.runtime.ExceptionTypes.OVERFLOW_ERROR, "leaf_size is too large");
            }
            if (!wide && Long.compareUnsigned(nodeOffset, (1L << 48) - 1) > 0) {
                throw PyErrors.create(org.krait.runtime.ExceptionTypes.OVERFLOW_ERROR, "node_offset is too large");
            }
            long nodeDepth = Ops.index(a[10]);
            if (nodeDepth < 0 || nodeDepth > 255) {
                throw PyErrors.valueError("node_depth must be between 0 and 255");
            }
            long innerSize = Ops.index(a[11]);
            if (innerSize < 0 || innerSize > maxDigest) {
                throw PyErrors.valueError("inner_size must be between 0 and is " + maxDigest);
            }
            if (key.length > maxDigest) {
                throw PyErrors.valueError("maximum key length is " + maxDigest + " bytes");
            }
            var tree = new Blake2.Tree((int) fanout, (int) depth, leafSize, nodeOffset, (int) nodeDepth,
                    (int) innerSize, Ops.isTrue(a[12]));
            Hash h = new Hash((PyType) a[0], type.name(), wide ? 128 : 64,
                    new Blake2(wide, (int) digestSize, key, salt, person, tree));
            if (a[1] != Signature.MISSING) {
                h.update(a[1]);
            }
            return h;
        }));
    }

    /** A non-negative int below 2**64 as an unsigned long, with CPython's conversion errors. */
    private static long unsigned64(Object v) {
        BigInteger b = v instanceof BigInteger big ? big : BigInteger.valueOf(Ops.index(v));
        if (b.signum() < 0) {
            throw PyErrors.valueError("value must be positive");
        }
        if (b.bitLength() > 64) {
            throw PyErrors.create(org.krait.runtime.ExceptionTypes.OVERFLOW_ERROR, "int too big to convert");
        }
        return b.longValue();
    }

    /** A running digest; its own lock keeps threads that hash without the GIL from interleaving. */
    static final class Hash extends PyObject {
        final String name;
        final int blockSize;
        private final MessageDigest digest;

        Hash(PyType type, String name, int blockSize, MessageDigest digest) {
            super(type);
            this.name = name;
            this.blockSize = blockSize;
            this.digest = digest;
        }

        void update(Object data) {
            Buffers.Region r = region(data);
            if (r.length() < GIL_MINSIZE) {
                synchronized (this) {
                    digest.update(r.array(), r.offset(), r.length());
                }
                return;
            }
            // a bytearray may change while other threads run: hash a snapshot of it
            byte[] bytes = r.readonly() ? r.array() : r.copy();
            int offset = r.readonly() ? r.offset() : 0;
            try (var unlocked = GlobalInterpreterLock.unlocked(null)) {
                synchronized (this) {
                    digest.update(bytes, offset, r.length());
                }
            }
        }

        /** The digest so far; the running state stays usable for more updates. */
        synchronized byte[] digest() {
            try {
                return ((MessageDigest) digest.clone()).digest();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }

        synchronized Hash copy() {
            try {
                return new Hash(PyType.of(this), name, blockSize, (MessageDigest) digest.clone());
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static void property(PyType type, String name, org.krait.runtime.BuiltinImpl getter) {
        PyBuiltinFunction f = new PyBuiltinFunction(type.name() + "." + name, "self", getter);
        type.define(name, new PyProperty(PyType.PROPERTY, f, PyNone.NONE, PyNone.NONE, PyNone.NONE));
    }

    private static Hash hash(Object self) {
        return (Hash) self;
    }

    /** The bytes to hash, with CPython's messages for str and for objects without the buffer protocol. */
    static Buffers.Region region(Object data) {
        if (data instanceof String) {
            throw PyErrors.typeError("Strings must be encoded before hashing");
        }
        Buffers.Region r = Buffers.regionOrNull(data);
        if (r == null) {
            throw PyErrors.typeError("object supporting the buffer API required");
        }
        return r;
    }

    /** A new digest of the named algorithm (any case, as CPython's lookup), or ValueError if unsupported. */
    static Hash newHash(Object nameArg, Object data) {
        if (!(nameArg instanceof String s)) {
            throw PyErrors.typeError("new() argument 'name' must be str, not " + Ops.typeName(nameArg));
        }
        String name = s.toLowerCase(java.util.Locale.ROOT);
        Algorithm alg = ALGORITHMS.get(name);
        if (alg == null) {
            throw PyErrors.valueError("unsupported hash type " + s);
        }
        Hash h = new Hash(HASH, name, alg.blockSize, messageDigest(alg.jdkName));
        if (data != Signature.MISSING) {
            h.update(data);
        }
        return h;
    }

    static MessageDigest messageDigest(String jdkName) {
        try {
            return MessageDigest.getInstance(jdkName);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + jdkName, e);
        }
    }

    /** The JDK name of a Python algorithm name, for {@link Pbkdf2}. */
    static Algorithm algorithm(String name) {
        return ALGORITHMS.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    /** {@code a == b} in time independent of where they differ, for ASCII strings or bytes-like objects. */
    private static boolean compareDigest(Object a, Object b) {
        byte[] x;
        byte[] y;
        if (a instanceof String s && b instanceof String t) {
            if (!s.chars().allMatch(c -> c < 128) || !t.chars().allMatch(c -> c < 128)) {
                throw PyErrors.typeError("comparing strings with non-ASCII characters is not supported");
            }
            x = s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            y = t.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        } else {
            if (!Buffers.isBuffer(a) && !Buffers.isBuffer(b)) {
                throw PyErrors.typeError("unsupported operand types(s) or combination of types: '"
                        + Ops.typeName(a) + "' and '" + Ops.typeName(b) + "'");
            }
            x = Buffers.bytes(a);
            y = Buffers.bytes(b);
        }
        return MessageDigest.isEqual(x, y);
    }

    @Override
    public Set<String> moduleNames() {
        return Set.of("_hashlib");
    }

    @Override
    public PyModule create(String name, KraitContext context) {
        PyModule m = new PyModule("_hashlib");
        m.setAttribute("HASH", HASH);
        m.setAttribute("blake2b", BLAKE2B);
        m.setAttribute("blake2s", BLAKE2S);
        m.def("_hashlib.new", "name, string=?, *, usedforsecurity=True", a -> newHash(a[0], a[1]));
        for (String alg : ALGORITHMS.keySet()) {
            m.def("_hashlib.openssl_" + alg, "string=?, *, usedforsecurity=True", a -> newHash(alg, a[0]));
        }
        m.setAttribute("_names", new PyTuple(ALGORITHMS.keySet().toArray()));
        m.def("_hashlib.compare_digest", "a, b, /", a -> compareDigest(a[0], a[1]));
        m.def("_hashlib.pbkdf2_hmac", "hash_name, password, salt, iterations, dklen=None", a -> {
            if (!(a[0] instanceof String hashName)) {
                throw PyErrors.typeError("pbkdf2_hmac() argument 'hash_name' must be str, not "
                        + Ops.typeName(a[0]));
            }
            Algorithm alg = algorithm(hashName);
            if (alg == null) {
                throw PyErrors.valueError("unsupported hash type " + hashName);
            }
            return Pbkdf2.derive(messageDigest(alg.jdkName), alg.blockSize, a[1], a[2], a[3], a[4]);
        });
        return m;
    }
}
