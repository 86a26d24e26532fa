package org.krait.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import org.krait.runtime.Calls;
import org.krait.runtime.Descriptors;
import org.krait.runtime.PyBytes;
import org.krait.runtime.PyDict;
import org.krait.runtime.PyException;
import org.krait.runtime.PyList;
import org.krait.runtime.PyModule;
import org.krait.runtime.PyTextIO;
import org.krait.runtime.PyTuple;
import org.krait.runtime.PyType;
import org.krait.runtime.Repr;

/**
 * Helpers for the builtins tests. Every {@code check}/{@code error} names the Python expression whose
 * result (checked against CPython 3.11 by {@code check_expectations.py}) is expected.
 */
abstract class BuiltinsTestSupport {
    static final PyModule B = new PyModule("builtins");
    static final ByteArrayOutputStream OUT = new ByteArrayOutputStream();
    static PyTextIO stdout = new PyTextIO("<stdout>", OUT, PyTextIO.Buffering.BLOCK);
    static PyTextIO stdin = new PyTextIO("<stdin>", new ByteArrayInputStream(new byte[0]));

    static {
        BuiltinFunctions.install(B, () -> stdout, () -> stdin);
    }

    static void setStdin(String text) {
        stdin = new PyTextIO("<stdin>", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    static String takeOutput() {
        stdout.flush();
        String s = OUT.toString(StandardCharsets.UTF_8);
        OUT.reset();
        return s;
    }

    /** A builtin function or type by name. */
    static Object b(String name) {
        Object o = B.getAttribute(name);
        if (o == null) {
            fail("builtin " + name + " not installed");
        }
        return o;
    }

    static Object call(String name, Object... args) {
        return Calls.call(b(name), args);
    }

    static Object callKw(String name, Object[] args, String[] kwNames, Object... kwValues) {
        return Calls.call(b(name), args, kwNames, kwValues);
    }

    /** {@code self.method(*args)} through the type's method table. */
    static Object m(Object self, String method, Object... args) {
        Object f = PyType.of(self).lookup(method);
        if (f == null) {
            fail(PyType.of(self).name() + "." + method + " not defined");
        }
        Object[] a = new Object[args.length + 1];
        a[0] = self;
        System.arraycopy(args, 0, a, 1, args.length);
        return Calls.call(f, a);
    }

    static Object mKw(Object self, String method, Object[] args, String[] kwNames, Object... kwValues) {
        Object f = PyType.of(self).lookup(method);
        Object[] a = new Object[args.length + 1];
        a[0] = self;
        System.arraycopy(args, 0, a, 1, args.length);
        return Calls.call(f, a, kwNames, kwValues);
    }

    /** {@code Type.attr(*args)}: the attribute as read through the type (class methods such as int.from_bytes bind it). */
    static Object t(PyType type, String attr, Object... args) {
        return tKw(type, attr, args, Calls.NO_KEYWORDS);
    }

    /** {@code Type.attr(*args, **kw)}. */
    static Object tKw(PyType type, String attr, Object[] args, String[] kwNames, Object... kwValues) {
        return Calls.call(Descriptors.bind(type.lookup(attr), null, type), args, kwNames, kwValues);
    }

    static Object[] args(Object... a) {
        return a;
    }

    static String[] kw(String... names) {
        return names;
    }

    static PyList list(Object... items) {
        return new PyList(items.clone());
    }

    static PyTuple tup(Object... items) {
        return new PyTuple(items);
    }

    static PyBytes bytes(String latin1) {
        return new PyBytes(latin1.getBytes(StandardCharsets.ISO_8859_1));
    }

    static PyDict dict(Object... kv) {
        PyDict d = new PyDict();
        for (int i = 0; i < kv.length; i += 2) {
            d.put(kv[i], kv[i + 1]);
        }
        return d;
    }

    static Object builtinFn(String name) {
        return b(name);
    }

    /** Asserts that the value's repr is what CPython prints for {@code pythonExpr}. */
    static void check(String pythonExpr, String expectedRepr, Supplier<Object> actual) {
        Object v;
        try {
            v = actual.get();
        } catch (PyException e) {
            fail(pythonExpr + " raised " + Repr.repr(e.exception()));
            return;
        }
        assertEquals(expectedRepr, Repr.repr(v), pythonExpr);
    }

    /** Asserts that the call raises {@code "Type: message"} as CPython does for {@code pythonExpr}. */
    static void error(String pythonExpr, String expected, Supplier<Object> r) {
        try {
            r.get();
        } catch (PyException e) {
            String got = e.type().name() + ": " + Repr.str(e.exception());
            if (e.type().name().equals("KeyError")) {
                got = e.type().name() + ": " + Repr.repr(e.exception().args().get(0));
            }
            assertEquals(expected, got, pythonExpr);
            return;
        }
        fail(pythonExpr + " did not raise " + expected);
    }
}
