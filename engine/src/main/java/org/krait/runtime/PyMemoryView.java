package org.krait.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * {@code memoryview}: a typed, shaped window onto the memory of a bytes or bytearray (its exporter), sharing it
 * without copying. A view reads and writes its exporter's current array, so writes into a bytearray's view are
 * seen by the bytearray and by every other view of it; while a view of a bytearray is live, the bytearray cannot
 * change size (see {@link PyBytes#set}). Items are C values in native byte order, as CPython's struct module's
 * native formats describe them.
 */
public final class PyMemoryView extends PyObject {
    private static final ByteOrder NATIVE = ByteOrder.nativeOrder();
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, NATIVE);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, NATIVE);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, NATIVE);
    private static final VarHandle FLOAT = MethodHandles.byteArrayViewVarHandle(float[].class, NATIVE);
    private static final VarHandle DOUBLE = MethodHandles.byteArrayViewVarHandle(double[].class, NATIVE);
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);
    private static final int MAX_NDIM = 64;

    private final PyBytes obj;
    /** Byte position of the first item in the exporter's array. */
    private final int offset;
    /** The format as given to cast ({@code "B"}, {@code "@h"}...). */
    private final String format;
    /** The native struct code of {@link #format}. */
    private final char code;
    private final int itemsize;
    private final int[] shape;
    /** Bytes between consecutive items of each dimension (negative for reversed slices). */
    private final int[] strides;
    private final boolean readonly;
    private boolean released;
    /** Set when a collection found the view still referenced: it is probably kept in a variable. */
    boolean survivedCollection;
    /** Computed once, as CPython caches it (a released view still answers). */
    private Long hash;

    private PyMemoryView(PyBytes obj, int offset, String format, int itemsize, int[] shape, int[] strides,
            boolean readonly, boolean exported) {
        super(PyType.MEMORYVIEW);
        this.obj = obj;
        this.offset = offset;
        this.format = format;
        this.code = format.charAt(format.length() - 1);
        this.itemsize = itemsize;
        this.shape = shape;
        this.strides = strides;
        this.readonly = readonly;
        if (exported) {
            obj.addExport(this);
        }
    }

    /** {@code memoryview(o)}: a view of all of a bytes-like object's memory. */
    public static PyMemoryView of(Object o) {
        if (o instanceof PyMemoryView m) {
            m.checkReleased();
            return m.derive(m.offset, m.format, m.itemsize, m.shape, m.strides, m.readonly);
        }
        if (o instanceof PyBytes b) {
            return whole(b, true);
        }
        throw PyErrors.typeError("memoryview: a bytes-like object is required, not '" + Ops.typeName(o) + "'");
    }

    /** A view of all of {@code b}; one that Java code drops at once need not pin a bytearray's size. */
    static PyMemoryView whole(PyBytes b, boolean exported) {
        return new PyMemoryView(b, 0, "B", 1, new int[]{b.bytes().length}, new int[]{1}, !b.isByteArray(), exported);
    }

    private PyMemoryView derive(int offset, String format, int itemsize, int[] shape, int[] strides, boolean readonly) {
        return new PyMemoryView(obj, offset, format, itemsize, shape, strides, readonly, true);
    }

    // ---- state and attributes ------------------------------------------------------------------------

    public boolean isReleased() {
        return released;
    }

    public void checkReleased() {
        if (released) {
            throw PyErrors.valueError("operation forbidden on released memoryview object");
        }
    }

    /** {@code release()}: the view stops pinning its exporter and refuses every further operation. */
    public void release() {
        released = true;
    }

    public PyBytes obj() {
        checkReleased();
        return obj;
    }

    public boolean isReadonly() {
        checkReleased();
        return readonly;
    }

    public String format() {
        checkReleased();
        return format;
    }

    public int itemsize() {
        checkReleased();
        return itemsize;
    }

    public int ndim() {
        checkReleased();
        return shape.length;
    }

    public PyTuple shape() {
        checkReleased();
        return ints(shape);
    }

    public PyTuple strides() {
        checkReleased();
        return ints(strides);
    }

    private static PyTuple ints(int[] values) {
        Object[] items = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            items[i] = (long) values[i];
        }
        return new PyTuple(items);
    }

    private int count() {
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        return n;
    }

    public long nbytes() {
        checkReleased();
        return (long) count() * itemsize;
    }

    /** {@code len(m)}: the first dimension, 1 for a 0-dimensional view. */
    public long length() {
        checkReleased();
        return shape.length == 0 ? 1 : shape[0];
    }

    public boolean isCContiguous() {
        checkReleased();
        return contiguous(false);
    }

    public boolean isFContiguous() {
        checkReleased();
        return contiguous(true);
    }

    /** Whether the items lie back to back in C (last index fastest) or Fortran order; empty views are both. */
    private boolean contiguous(boolean fortran) {
        if (count() == 0) {
            return true;
        }
        int expected = itemsize;
        for (int k = 0; k < shape.length; k++) {
            int d = fortran ? k : shape.length - 1 - k;
            if (shape[d] > 1 && strides[d] != expected) {
                return false;
            }
            expected *= shape[d];
        }
        return true;
    }

    // ---- items ---------------------------------------------------------------------------------------

    /** Byte positions of every item, in C order (or Fortran order), in the exporter's array. */
    private int[] positions(boolean fortran) {
        int n = count();
        int[] out = new int[n];
        int[] index = new int[shape.length];
        for (int k = 0; k < n; k++) {
            int p = offset;
            for (int d = 0; d < shape.length; d++) {
                p += index[d] * strides[d];
            }
            out[k] = p;
            for (int j = 0; j < shape.length; j++) {
                int d = fortran ? j : shape.length - 1 - j;
                if (++index[d] < shape[d]) {
                    break;
                }
                index[d] = 0;
            }
        }
        return out;
    }

    private Object unpack(byte[] mem, int p) {
        return switch (code) {
            case 'B' -> (long) (mem[p] & 0xff);
            case 'b' -> (long) mem[p];
            case 'c' -> new PyBytes(new byte[]{mem[p]});
            case '?' -> mem[p] != 0;
            case 'h' -> (long) (short) SHORT.get(mem, p);
            case 'H' -> (long) ((short) SHORT.get(mem, p) & 0xffff);
            case 'i' -> (long) (int) INT.get(mem, p);
            case 'I' -> (long) (int) INT.get(mem, p) & 0xffffffffL;
            case 'l', 'q', 'n' -> (long) LONG.get(mem, p);
            case 'f' -> (double) (float) FLOAT.get(mem, p);
            case 'd' -> (double) DOUBLE.get(mem, p);
            default -> unsigned((long) LONG.get(mem, p));  // L Q N P
        };
    }

    private static Object unsigned(long v) {
        return v >= 0 ? (Object) v : BigInteger.valueOf(v).add(TWO_64);
    }

    /** Stores {@code value} as one item at {@code p}, with CPython's errors for wrong types and ranges. */
    private void pack(byte[] mem, int p, Object value) {
        switch (code) {
            case 'c' -> {
                if (!(value instanceof PyBytes b) || b.isByteArray()) {
                    throw invalidType();
                }
                if (b.bytes().length != 1) {
                    throw invalidValue();
                }
                mem[p] = b.bytes()[0];
            }
            case '?' -> mem[p] = (byte) (Ops.isTrue(value) ? 1 : 0);
            case 'f', 'd' -> {
                double d = floatOf(value);
                if (code == 'f') {
                    FLOAT.set(mem, p, (float) d);
                } else {
                    DOUBLE.set(mem, p, d);
                }
            }
            default -> packInt(mem, p, intOf(value));
        }
    }

    private void packInt(byte[] mem, int p, Object v) {
        BigInteger big = v instanceof BigInteger b ? b : null;
        long l = big == null ? (Long) v : 0;
        boolean signed = code == 'b' || code == 'h' || code == 'i' || code == 'l' || code == 'q' || code == 'n';
        if (big != null) {
            if (signed || big.signum() < 0 || big.bitLength() > 64 || itemsize < 8) {
                throw invalidValue();
            }
            l = big.longValue();
        } else if (!signed && l < 0) {
            throw invalidValue();
        }
        int bits = itemsize * 8;
        if (bits < 64 && (signed ? l < -(1L << (bits - 1)) || l >= (1L << (bits - 1)) : l >= (1L << bits))) {
            throw invalidValue();
        }
        switch (itemsize) {
            case 1 -> mem[p] = (byte) l;
            case 2 -> SHORT.set(mem, p, (short) l);
            case 4 -> INT.set(mem, p, (int) l);
            default -> LONG.set(mem, p, l);
        }
    }

    private Object intOf(Object value) {
        Object v = PyBoxed.unbox(value);
        if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (v instanceof Long || v instanceof BigInteger) {
            return v;
        }
        Object i = SpecialMethods.unary(value, "__index__");
        if (i == null) {
            throw invalidType();
        }
        return intOf(i);
    }

    private double floatOf(Object value) {
        Object v = PyBoxed.unbox(value);
        if (v instanceof Double d) {
            return d;
        }
        if (Ops.isInt(v)) {
            try {
                return Arith.toDouble(v);
            } catch (PyException e) {
                throw invalidValue();
            }
        }
        Object f = SpecialMethods.unary(value, "__float__");
        if (f instanceof Double d) {
            return d;
        }
        if (f == null && SpecialMethods.find(value, "__index__") != null) {
            return floatOf(intOf(value));
        }
        throw invalidType();
    }

    private PyException invalidType() {
        return PyErrors.typeError("memoryview: invalid type for format '" + format + "'");
    }

    private PyException invalidValue() {
        return PyErrors.valueError("memoryview: invalid value for format '" + format + "'");
    }

    /** Position of item {@code index} (negative counts from the end) along dimension {@code dim}. */
    private int step(int base, int dim, long index) {
        if (index < 0) {
            index += shape[dim];
        }
        if (index < 0 || index >= shape[dim]) {
            throw PyErrors.indexError("index out of bounds on dimension " + (dim + 1));
        }
        return base + (int) index * strides[dim];
    }

    private static boolean isIndex(Object key) {
        return Ops.isInt(key) || SpecialMethods.find(key, "__index__") != null;
    }

    /** The position a tuple with an index for each dimension selects. */
    private int tuplePosition(PyTuple key) {
        if (key.size() < shape.length) {
            throw PyErrors.notImplemented("sub-views are not implemented");
        }
        if (key.size() > shape.length) {
            throw PyErrors.typeError("cannot index " + shape.length + "-dimension view with " + key.size()
                    + "-element tuple");
        }
        int p = offset;
        for (int d = 0; d < shape.length; d++) {
            p = step(p, d, Ops.index(key.get(d)));
        }
        return p;
    }

    private static boolean all(PyTuple key, java.util.function.Predicate<Object> test) {
        for (Object x : key.items()) {
            if (!test.test(x)) {
                return false;
            }
        }
        return true;
    }

    /** {@code m[key]}: an item, or a view sharing the memory for a slice. */
    public Object getItem(Object key) {
        checkReleased();
        if (shape.length == 0) {
            if (key instanceof PyTuple t && t.size() == 0) {
                return unpack(obj.bytes(), offset);
            } else if (isEllipsis(key)) {
                return this;
            }
            throw PyErrors.typeError("invalid indexing of 0-dim memory");
        }
        if (isIndex(key)) {
            long index = Ops.index(key);
            if (shape.length > 1) {
                throw PyErrors.notImplemented("multi-dimensional sub-views are not implemented");
            }
            return unpack(obj.bytes(), step(offset, 0, index));
        }
        if (key instanceof PySlice s) {
            PySlice.Bounds b = s.indices(shape[0]);
            int[] sh = shape.clone();
            int[] st = strides.clone();
            sh[0] = b.length();
            st[0] = strides[0] * b.step();
            return derive(offset + b.start() * strides[0], format, itemsize, sh, st, readonly);
        }
        if (key instanceof PyTuple t && all(t, PyMemoryView::isIndex)) {
            return unpack(obj.bytes(), tuplePosition(t));
        }
        if (key instanceof PyTuple t && all(t, x -> x instanceof PySlice)) {
            throw PyErrors.notImplemented("multi-dimensional slicing is not implemented");
        }
        throw PyErrors.typeError("memoryview: invalid slice key");
    }

    /** {@code m[key] = value}: an item, or the items of a 1-dimensional slice from a buffer of the same structure. */
    public void setItem(Object key, Object value) {
        checkReleased();
        if (readonly) {
            throw PyErrors.typeError("cannot modify read-only memory");
        }
        if (value == null) {
            throw PyErrors.typeError("cannot delete memory");
        }
        if (shape.length == 0) {
            if (isEllipsis(key) || key instanceof PyTuple t && t.size() == 0) {
                pack(obj.bytes(), offset, value);
                return;
            }
            throw PyErrors.typeError("invalid indexing of 0-dim memory");
        }
        if (isIndex(key)) {
            if (shape.length > 1) {
                throw PyErrors.notImplemented("sub-views are not implemented");
            }
            pack(obj.bytes(), step(offset, 0, Ops.index(key)), value);
            return;
        }
        if (key instanceof PySlice s && shape.length == 1) {
            PyMemoryView src = Buffers.view(value);
            PySlice.Bounds b = s.indices(shape[0]);
            if (!stripAt(format).equals(stripAt(src.format)) || itemsize != src.itemsize || src.shape.length != 1
                    || src.shape[0] != b.length()) {
                throw PyErrors.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            byte[] data = src.toBytes(false);  // a copy first: source and destination may overlap
            byte[] mem = obj.bytes();
            for (int k = 0; k < b.length(); k++) {
                System.arraycopy(data, k * itemsize, mem, offset + (b.start() + k * b.step()) * strides[0], itemsize);
            }
            return;
        }
        if (key instanceof PyTuple t && all(t, PyMemoryView::isIndex)) {
            pack(obj.bytes(), tuplePosition(t), value);
            return;
        }
        if (key instanceof PySlice || key instanceof PyTuple t && all(t, x -> x instanceof PySlice)) {
            throw PyErrors.notImplemented("memoryview slice assignments are currently restricted to ndim = 1");
        }
        throw PyErrors.typeError("memoryview: invalid slice key");
    }

    private static boolean isEllipsis(Object key) {
        return key instanceof PyObject p && p.type() == PyType.ELLIPSIS_TYPE;
    }

    private static String stripAt(String format) {
        return format.startsWith("@") ? format.substring(1) : format;
    }

    /** {@code iter(m)}: the items of a 1-dimensional view. */
    public PyIterator iterator() {
        checkReleased();
        if (shape.length == 0) {
            throw PyErrors.typeError("invalid indexing of 0-dim memory");
        }
        if (shape.length > 1) {
            throw PyErrors.notImplemented("multi-dimensional sub-views are not implemented");
        }
        return new PyIterator(PyType.MEMORY_ITERATOR) {
            private int i;

            @Override
            public Object next() {
                if (i >= shape[0]) {
                    return null;
                }
                checkReleased();
                return unpack(obj.bytes(), offset + i++ * strides[0]);
            }
        };
    }

    // ---- whole-view operations -----------------------------------------------------------------------

    /** The items' bytes in C (or Fortran) order: {@code tobytes()}. */
    public byte[] toBytes(boolean fortran) {
        checkReleased();
        byte[] mem = obj.bytes();
        if (contiguous(fortran)) {
            return Arrays.copyOfRange(mem, offset, offset + count() * itemsize);
        }
        int[] ps = positions(fortran);
        byte[] out = new byte[ps.length * itemsize];
        for (int k = 0; k < ps.length; k++) {
            System.arraycopy(mem, ps[k], out, k * itemsize, itemsize);
        }
        return out;
    }

    /** {@code tolist()}: nested lists of the items (the item itself for a 0-dimensional view). */
    public Object toList() {
        checkReleased();
        return list(obj.bytes(), 0, offset);
    }

    private Object list(byte[] mem, int dim, int base) {
        if (dim == shape.length) {
            return unpack(mem, base);
        }
        Object[] items = new Object[shape[dim]];
        for (int i = 0; i < items.length; i++) {
            items[i] = list(mem, dim + 1, base + i * strides[dim]);
        }
        return new PyList(items);
    }

    /** The unpacked items in C order, for comparisons. */
    private Object[] values() {
        byte[] mem = obj.bytes();
        int[] ps = positions(false);
        Object[] out = new Object[ps.length];
        for (int k = 0; k < ps.length; k++) {
            out[k] = unpack(mem, ps[k]);
        }
        return out;
    }

    /** {@code toreadonly()}. */
    public PyMemoryView toReadonly() {
        checkReleased();
        return derive(offset, format, itemsize, shape, strides, true);
    }

    /**
     * {@code m == other}: a released view equals only itself; otherwise both must be buffers of the same shape
     * whose items, unpacked to Python values, are equal. Null when {@code other} is not a buffer.
     */
    public Boolean equalsBuffer(Object other) {
        if (released || other instanceof PyMemoryView m && m.released) {
            return this == other;
        }
        if (!Buffers.isBuffer(other)) {
            return null;
        }
        PyMemoryView w = other instanceof PyMemoryView m ? m : whole((PyBytes) other, false);
        if (!Arrays.equals(shape, w.shape)) {
            return false;
        }
        Object[] mine = values();
        Object[] theirs = w.values();
        for (int k = 0; k < mine.length; k++) {
            boolean same = mine[k] instanceof Double x && theirs[k] instanceof Double y
                    ? x.doubleValue() == y.doubleValue() : Ops.eqBuiltin(mine[k], theirs[k]);
            if (!same) {
                return false;
            }
        }
        return true;
    }

    /** {@code hash(m)}: that of the bytes, for read-only byte-format views of a hashable exporter. */
    public long hash() {
        if (hash == null) {
            checkReleased();
            if (!readonly) {
                throw PyErrors.valueError("cannot hash writable memoryview object");
            }
            if (code != 'B' && code != 'b' && code != 'c') {
                throw PyErrors.valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
            }
            Ops.hash(obj);  // an unhashable exporter makes the view unhashable
            hash = Ops.hashBuiltin(new PyBytes(toBytes(false)));
        }
        return hash;
    }

    /** {@code cast(format[, shape])}: the same memory seen with another item type and shape. */
    public PyMemoryView cast(Object formatArg, Object shapeArg) {
        checkReleased();
        if (!(formatArg instanceof String dest)) {
            throw PyErrors.typeError("cast() argument 'format' must be str, not " + Ops.typeName(formatArg));
        }
        if (!contiguous(false)) {
            throw PyErrors.typeError("memoryview: casts are restricted to C-contiguous views");
        }
        if ((shapeArg != null || shape.length != 1) && count() == 0) {
            throw PyErrors.typeError("memoryview: cannot cast view with zeros in shape or strides");
        }
        Object[] dims = null;
        if (shapeArg != null) {
            if (!(shapeArg instanceof PyList) && !(shapeArg instanceof PyTuple)) {
                throw PyErrors.typeError("shape must be a list or a tuple");
            }
            dims = Ops.toArray(shapeArg);
            if (dims.length > MAX_NDIM) {
                throw PyErrors.valueError("memoryview: number of dimensions must not exceed " + MAX_NDIM);
            }
            if (shape.length != 1 && dims.length != 1) {
                throw PyErrors.typeError("memoryview: cast must be 1D -> ND or ND -> 1D");
            }
        }
        int size = itemSize(dest);
        if (size < 0) {
            throw PyErrors.valueError("memoryview: destination format must be a native single character format "
                    + "prefixed with an optional '@'");
        }
        char destCode = dest.charAt(dest.length() - 1);
        if (!isByteFormat(code) && !isByteFormat(destCode)) {
            throw PyErrors.typeError("memoryview: cannot cast between two non-byte formats");
        }
        int len = count() * itemsize;
        if (len % size != 0) {
            throw PyErrors.typeError("memoryview: length is not a multiple of itemsize");
        }
        int[] sh = {len / size};
        if (dims != null) {
            sh = new int[dims.length];
            long product = size;
            for (int d = 0; d < dims.length; d++) {
                Object x = PyBoxed.unbox(dims[d]);
                if (!Ops.isInt(x)) {
                    throw PyErrors.typeError("memoryview.cast(): elements of shape must be integers");
                }
                if (x instanceof BigInteger) {
                    throw PyErrors.overflow("Python int too large to convert to C ssize_t");
                }
                long n = Ops.index(x);
                if (n <= 0) {
                    throw PyErrors.valueError("memoryview.cast(): elements of shape must be integers > 0");
                }
                // beyond any buffer's size: saturate, the size check below fails
                product = n > Integer.MAX_VALUE / product ? Integer.MAX_VALUE + 1L : product * n;
                sh[d] = (int) Math.min(n, Integer.MAX_VALUE);
            }
            if (product != len) {
                throw PyErrors.typeError("memoryview: product(shape) * itemsize != buffer size");
            }
        }
        int[] st = new int[sh.length];
        for (int d = sh.length - 1, stride = size; d >= 0; stride *= sh[d], d--) {
            st[d] = stride;
        }
        return derive(offset, dest, size, sh, st, readonly);
    }

    private static boolean isByteFormat(char c) {
        return c == 'B' || c == 'b' || c == 'c';
    }

    /** The item size of a native single-character struct format (optionally after '@'); -1 for any other. */
    static int itemSize(String format) {
        String f = stripAt(format);
        if (f.length() != 1) {
            return -1;
        }
        return switch (f.charAt(0)) {
            case 'c', 'b', 'B', '?' -> 1;
            case 'h', 'H' -> 2;
            case 'i', 'I', 'f' -> 4;
            case 'l', 'L', 'q', 'Q', 'n', 'N', 'd', 'P' -> 8;
            default -> -1;
        };
    }

    /** The contiguous bytes a C API would see, without copying when the view covers its exporter in order. */
    Buffers.Region region() {
        checkReleased();
        if (!contiguous(false)) {
            throw PyErrors.create(ExceptionTypes.BUFFER_ERROR, "memoryview: underlying buffer is not C-contiguous");
        }
        return new Buffers.Region(obj.bytes(), offset, count() * itemsize, readonly);
    }

    public String repr() {
        return (released ? "<released memory at " : "<memory at ") + Repr.address(this) + ">";
    }
}
