package org.krait.builtins;

import org.krait.runtime.Calls;
import org.krait.runtime.Ops;
import org.krait.runtime.PyBuiltinFunction;
import org.krait.runtime.PyBytes;
import org.krait.runtime.PyDict;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyList;
import org.krait.runtime.PyNone;
import org.krait.runtime.PyTuple;
import org.krait.runtime.PyType;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;

import static org.krait.builtins.Defs.method;

/**
 * {@code bytearray}: a {@link PyBytes} of type bytearray. It has every method of bytes (run on its current
 * contents, byte-string results coming back as bytearrays) and the mutating ones of a list of small ints.
 */
final class ByteArrayMethods {
    private ByteArrayMethods() {
    }

    /** Bytes methods a bytearray defines differently or not at all. */
    private static final Set<String> OWN = Set.of("__new__", "__hash__", "__repr__", "__str__", "__bytes__",
        "__getnewargs__", "__iadd__", "__imul__", "__setitem__", "__delitem__", "fromhex", "maketrans");

    static void install() {
        PyType t = PyType.BYTEARRAY;
        Defs.constructor(t, "cls, source=?, encoding=?, errors=?", a -> {
            Object[] args = Arrays.stream(new Object[]{a[1], a[2], a[3]}).filter(x -> !Args.missing(x)).toArray();
            PyBytes b = PyBytes.bytearray(((PyBytes) Calls.call(PyType.BYTES, args)).bytes().clone());
            b.setType((PyType) a[0]);
            return b;
        });
        for (Map.Entry<String, Object> e : PyType.BYTES.dict().entrySet()) {
            if (!OWN.contains(e.getKey()) && e.getValue() instanceof PyBuiltinFunction f && f.isMethod()) {
                method(t, e.getKey(), "self, *args, **kwargs", a -> Calls.withKeywords((PyDict) a[2],
                        (names, values) -> asByteArray(Calls.call(f, prepend(view(a[0]), ((PyTuple) a[1]).items()),
                                names, values))));
            }
        }
        t.define("__hash__", PyNone.NONE);
        method(t, "__repr__", "self", a -> org.krait.runtime.Repr.reprBuiltin(a[0]));
        method(t, "__str__", "self", a -> org.krait.runtime.Repr.reprBuiltin(a[0]));
        method(t, "__bytes__", "self", a -> new PyBytes(ba(a[0]).bytes().clone()));
        method(t, "__setitem__", "self, key, value, /", a -> {
            Ops.setItemBuiltin(a[0], a[1], a[2]);
            return PyNone.NONE;
        });
        method(t, "__delitem__", "self, key, /", a -> {
            Ops.delItemBuiltin(a[0], a[1]);
            return PyNone.NONE;
        });
        method(t, "__iadd__", "self, value, /", a -> extend(ba(a[0]), a[1]));
        method(t, "__imul__", "self, value, /", a -> {
            PyBytes b = ba(a[0]);
            b.set(repeat(b.bytes(), Ops.index(a[1])));
            return b;
        });
        method(t, "append", "self, item, /", a -> {
            PyBytes b = ba(a[0]);
            byte[] next = Arrays.copyOf(b.bytes(), b.bytes().length + 1);
            next[next.length - 1] = byteValue(a[1]);
            b.set(next);
            return PyNone.NONE;
        });
        method(t, "extend", "self, iterable_of_ints, /", a -> {
            extend(ba(a[0]), a[1]);
            return PyNone.NONE;
        });
        method(t, "insert", "self, index, item, /", a -> {
            PyBytes b = ba(a[0]);
            byte[] old = b.bytes();
            long i = Ops.index(a[1]);
            int at = (int) Math.max(0, Math.min(old.length, i < 0 ? i + old.length : i));
            byte[] next = new byte[old.length + 1];
            System.arraycopy(old, 0, next, 0, at);
            next[at] = byteValue(a[2]);
            System.arraycopy(old, at, next, at + 1, old.length - at);
            b.set(next);
            return PyNone.NONE;
        });
        method(t, "pop", "self, index=-1, /", a -> {
            PyBytes b = ba(a[0]);
            byte[] old = b.bytes();
            if (old.length == 0) {
                throw PyErrors.indexError("pop from empty bytearray");
            }
            long i = Ops.index(a[1]);
            if (i < 0) {
                i += old.length;
            }
            if (i < 0 || i >= old.length) {
                throw PyErrors.indexError("pop index out of range");
            }
            long v = old[(int) i] & 0xff;
            Ops.delItemBuiltin(b, i);
            return v;
        });
        method(t, "remove", "self, value, /", a -> {
            PyBytes b = ba(a[0]);
            byte v = byteValue(a[1]);
            for (int i = 0; i < b.bytes().length; i++) {
                if (b.bytes()[i] == v) {
                    Ops.delItemBuiltin(b, (long) i);
                    return PyNone.NONE;
                }
            }
            throw PyErrors.valueError("value not found in bytearray");
        });
        method(t, "clear", "self", a -> {
            ba(a[0]).set(new byte[0]);
            return PyNone.NONE;
        });
        method(t, "reverse", "self", a -> {
            PyBytes b = ba(a[0]);
            byte[] r = new byte[b.bytes().length];
            for (int i = 0; i < r.length; i++) {
                r[i] = b.bytes()[r.length - 1 - i];
            }
            b.set(r);
            return PyNone.NONE;
        });
        method(t, "copy", "self", a -> PyBytes.bytearray(ba(a[0]).bytes().clone()));
        Defs.classMethod(t, "fromhex", "string, /", a -> Defs.ofClass(a[0], t, PyBytes.bytearray(
                BytesMethods.fromHex(Args.str(a[1], "fromhex() argument")).bytes())));
    }

    private static PyBytes ba(Object o) {
        return (PyBytes) o;
    }

    /** The bytes object the inherited methods run on: the current contents, not copied (they do not modify). */
    private static PyBytes view(Object o) {
        return new PyBytes(ba(o).bytes());
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] a = new Object[rest.length + 1];
        a[0] = first;
        System.arraycopy(rest, 0, a, 1, rest.length);
        return a;
    }

    /** Byte-string results of bytes methods become bytearrays (also inside the lists and tuples they return). */
    private static Object asByteArray(Object r) {
        if (r instanceof PyBytes b && !b.isByteArray()) {
            return PyBytes.bytearray(b.bytes().clone());
        } else if (r instanceof PyList l) {
            Object[] items = l.toArray();
            for (int i = 0; i < items.length; i++) {
                items[i] = asByteArray(items[i]);
            }
            return new PyList(items);
        } else if (r instanceof PyTuple tp && tp.type() == PyType.TUPLE) {
            Object[] items = tp.items().clone();
            for (int i = 0; i < items.length; i++) {
                items[i] = asByteArray(items[i]);
            }
            return new PyTuple(items);
        }
        return r;
    }

    private static PyBytes extend(PyBytes b, Object source) {
        byte[] more = source instanceof PyBytes p ? p.bytes() : BytesMethods.bytesOf(source);
        byte[] next = Arrays.copyOf(b.bytes(), b.bytes().length + more.length);
        System.arraycopy(more, 0, next, b.bytes().length, more.length);
        b.set(next);
        return b;
    }

    private static byte[] repeat(byte[] b, long n) {
        if (n <= 0) {
            return new byte[0];
        }
        byte[] out = new byte[(int) (b.length * n)];
        for (int i = 0; i < n; i++) {
            System.arraycopy(b, 0, out, i * b.length, b.length);
        }
        return out;
    }

    static byte byteValue(Object o) {
        long v = Ops.index(o);
        if (v < 0 || v > 255) {
            throw PyErrors.valueError("byte must be in range(0, 256)");
        }
        return (byte) v;
    }
}
