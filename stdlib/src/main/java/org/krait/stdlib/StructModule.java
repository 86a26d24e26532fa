package org.krait.stdlib;

import org.krait.runtime.Buffers;
import org.krait.runtime.ExceptionTypes;
import org.krait.runtime.KraitContext;
import org.krait.runtime.ModuleProvider;
import org.krait.runtime.Ops;
import org.krait.runtime.PyBuiltinFunction;
import org.krait.runtime.PyBytes;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyException;
import org.krait.runtime.PyIterator;
import org.krait.runtime.PyModule;
import org.krait.runtime.PyNone;
import org.krait.runtime.PyObject;
import org.krait.runtime.PyProperty;
import org.krait.runtime.PyTuple;
import org.krait.runtime.PyType;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code _struct} (re-exported by struct.py): packing values into bytes and back by a format string. Formats are
 * parsed once and cached ({@link StructFormat}); {@code Struct} objects hold a parsed format.
 */
public final class StructModule implements ModuleProvider {
    static final PyType ERROR = PyType.create(PyType.TYPE, "error", "error", "struct",
            new PyType[]{ExceptionTypes.EXCEPTION});
    static final PyType STRUCT = PyType.newBuiltin("Struct");
    static final PyType UNPACK_ITERATOR = PyType.newBuiltin("unpack_iterator");
    private static final int CACHE_SIZE = 100;
    private static final Map<String, StructFormat> CACHE = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, StructFormat> e) {
            return size() > CACHE_SIZE;
        }
    };

    /** A {@code Struct} instance. */
    static final class StructObject extends PyObject {
        StructFormat format;

        StructObject(PyType type) {
            super(type);
        }
    }

    static {
        JavaTypes.constructor(STRUCT, StructObject::new, "format", a -> {
            ((StructObject) a[0]).format = cached(StructFormat.formatText(a[1], "Struct()"));
            return PyNone.NONE;
        });
        JavaTypes.method(STRUCT, "pack", "self, *values", a -> pack(fmt(a[0]), ((PyTuple) a[1]).items()));
        JavaTypes.method(STRUCT, "pack_into", "self, buffer, offset, /, *values",
                a -> packInto(fmt(a[0]), a[1], a[2], ((PyTuple) a[3]).items()));
        JavaTypes.method(STRUCT, "unpack", "self, buffer, /", a -> unpack(fmt(a[0]), a[1]));
        JavaTypes.method(STRUCT, "unpack_from", "self, buffer, offset=0", a -> unpackFrom(fmt(a[0]), a[1], a[2]));
        JavaTypes.method(STRUCT, "iter_unpack", "self, buffer, /", a -> iterUnpack(fmt(a[0]), a[1]));
        property(STRUCT, "format", a -> fmt(a[0]).format);
        property(STRUCT, "size", a -> (long) fmt(a[0]).size);
        JavaTypes.method(UNPACK_ITERATOR, "__iter__", "self", a -> a[0]);
        JavaTypes.method(UNPACK_ITERATOR, "__next__", "self", a -> {
            Object v = ((PyIterator) a[0]).next();
            if (v == null) {
                throw PyErrors.stopIteration();
            }
            return v;
        });
        JavaTypes.method(UNPACK_ITERATOR, "__length_hint__", "self", a -> (long) ((UnpackIterator) a[0]).remaining());
    }

    private static void property(PyType type, String name, org.krait.runtime.BuiltinImpl getter) {
        PyBuiltinFunction f = new PyBuiltinFunction(type.name() + "." + name, "self", getter);
        type.define(name, new PyProperty(PyType.PROPERTY, f, PyNone.NONE, PyNone.NONE, PyNone.NONE));
    }

    private static StructFormat fmt(Object self) {
        StructFormat f = ((StructObject) self).format;
        if (f == null) {
            throw PyErrors.valueError("Struct object is not initialized");
        }
        return f;
    }

    @Override
    public Set<String> moduleNames() {
        return Set.of("_struct");
    }

    @Override
    public PyModule create(String name, KraitContext context) {
        PyModule m = new PyModule("_struct");
        m.setAttribute("error", ERROR);
        m.setAttribute("Struct", STRUCT);
        m.def("_struct.pack", "format, /, *values", a -> pack(cached(a[0]), ((PyTuple) a[1]).items()));
        m.def("_struct.pack_into", "format, buffer, offset, /, *values",
                a -> packInto(cached(a[0]), a[1], a[2], ((PyTuple) a[3]).items()));
        m.def("_struct.unpack", "format, buffer, /", a -> unpack(cached(a[0]), a[1]));
        m.def("_struct.unpack_from", "format, /, buffer, offset=0", a -> unpackFrom(cached(a[0]), a[1], a[2]));
        m.def("_struct.iter_unpack", "format, buffer, /", a -> iterUnpack(cached(a[0]), a[1]));
        m.def("_struct.calcsize", "format, /", a -> (long) cached(a[0]).size);
        m.def("_struct._clearcache", "", a -> {
            synchronized (CACHE) {
                CACHE.clear();
            }
            return PyNone.NONE;
        });
        return m;
    }

    static PyException error(String message) {
        return PyErrors.create(ERROR, message);
    }

    private static StructFormat cached(Object fmt) {
        Ops.hash(fmt); // CPython looks the format up in its cache first: a list is "unhashable" before "not a str"
        return cached(StructFormat.formatText(fmt, "Struct()"));
    }

    private static StructFormat cached(String text) {
        synchronized (CACHE) {
            StructFormat f = CACHE.get(text);
            if (f == null) {
                f = StructFormat.parse(text);
                CACHE.put(text, f);
            }
            return f;
        }
    }

    private static PyBytes pack(StructFormat f, Object[] values) {
        if (values.length != f.length) {
            throw error("pack expected " + f.length + " items for packing (got " + values.length + ")");
        }
        byte[] out = new byte[f.size];
        f.pack(values, out, 0);
        return new PyBytes(out);
    }

    private static Object packInto(StructFormat f, Object buffer, Object offsetArg, Object[] values) {
        if (values.length != f.length) {
            throw error("pack_into expected " + f.length + " items for packing (got " + values.length + ")");
        }
        Buffers.Region out = Buffers.writable(buffer);
        long offset = Ops.index(offsetArg);
        if (offset < 0) {
            if (offset + f.size > 0) {
                throw error("no space to pack " + f.size + " bytes at offset " + offset);
            }
            if (offset + out.length() < 0) {
                throw error("offset " + offset + " out of range for " + out.length() + "-byte buffer");
            }
            offset += out.length();
        }
        if (out.length() - offset < f.size) {
            throw error("pack_into requires a buffer of at least " + (f.size + offset) + " bytes for packing "
                    + f.size + " bytes at offset " + offset + " (actual buffer size is " + out.length() + ")");
        }
        f.pack(values, out.array(), out.offset() + (int) offset);
        return PyNone.NONE;
    }

    private static PyTuple unpack(StructFormat f, Object buffer) {
        Buffers.Region in = Buffers.region(buffer);
        if (in.length() != f.size) {
            throw error("unpack requires a buffer of " + f.size + " bytes");
        }
        return f.unpack(in.array(), in.offset());
    }

    private static PyTuple unpackFrom(StructFormat f, Object buffer, Object offsetArg) {
        Buffers.Region in = Buffers.region(buffer);
        long offset = Ops.index(offsetArg);
        if (offset < 0) {
            if (offset + f.size > 0) {
                throw error("not enough data to unpack " + f.size + " bytes at offset " + offset);
            }
            if (offset + in.length() < 0) {
                throw error("offset " + offset + " out of range for " + in.length() + "-byte buffer");
            }
            offset += in.length();
        }
        if (in.length() - offset < f.size) {
            throw error("unpack_from requires a buffer of at least " + (f.size + offset) + " bytes for unpacking "
                    + f.size + " bytes at offset " + offset + " (actual buffer size is " + in.length() + ")");
        }
        return f.unpack(in.array(), in.offset() + (int) offset);
    }

    private static Object iterUnpack(StructFormat f, Object buffer) {
        Buffers.Region in = Buffers.region(buffer);
        if (f.size == 0) {
            throw error("cannot iteratively unpack with a struct of length 0");
        }
        if (in.length() % f.size != 0) {
            throw error("iterative unpacking requires a buffer of a multiple of " + f.size + " bytes");
        }
        return new UnpackIterator(f, in);
    }

    /** The iterator iter_unpack returns: one tuple per format-sized chunk of the buffer. */
    private static final class UnpackIterator extends PyIterator {
        private final StructFormat format;
        private final byte[] data;
        private final int end;
        private int position;

        UnpackIterator(StructFormat format, Buffers.Region in) {
            super(UNPACK_ITERATOR);
            this.format = format;
            this.data = in.array();
            this.position = in.offset();
            this.end = in.offset() + in.length();
        }

        int remaining() {
            return (end - position) / format.size;
        }

        @Override
        public Object next() {
            if (position >= end) {
                return null;
            }
            PyTuple t = format.unpack(data, position);
            position += format.size;
            return t;
        }
    }
}
