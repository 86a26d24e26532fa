package org.krait.stdlib.numpy;

import org.krait.jit.types.Scalar;
import org.krait.runtime.Ops;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyList;
import org.krait.runtime.PyNone;
import org.krait.runtime.PySlice;
import org.krait.runtime.PyTuple;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code a[key]} and {@code a[key] = value}. Basic indexing (ints, slices, {@code ...}, {@code None} and tuples
 * of them) gives views sharing the data, or a scalar when every dimension got an int; a bool array of the same
 * shape (a mask) or a list/array of ints along the first axis select copies.
 */
final class Indexing {
    private Indexing() {
    }

    /**
     * The common case first: the position of the element that one int per dimension selects ({@code a[i]},
     * {@code m[i, j]}), or -1 for every other key (then resolved, and its errors raised, in general).
     */
    private static int element(PyNDArray a, Object key) {
        if (key instanceof Long i && a.ndim() == 1) {
            long n = a.shape()[0];
            long k = i < 0 ? i + n : i;
            return k >= 0 && k < n ? (int) (a.offset() + k * a.strides()[0]) : -1;
        }
        if (key instanceof PyTuple t && t.size() == a.ndim() && a.ndim() > 0) {
            long p = a.offset();
            for (int d = 0; d < t.size(); d++) {
                if (!(t.get(d) instanceof Long i)) {
                    return -1;
                }
                long n = a.shape()[d];
                long k = i < 0 ? i + n : i;
                if (k < 0 || k >= n) {
                    return -1;
                }
                p += k * a.strides()[d];
            }
            return (int) p;
        }
        return -1;
    }

    /** A basic index resolved: the element's position when {@code shape} is null, else a view's geometry. */
    private record Basic(long offset, long[] shape, long[] strides) {
    }

    static Object get(PyNDArray a, Object key) {
        int element = element(a, key);
        if (element >= 0) {
            return Scalars.at(a.dtype(), a.data(), element);
        }
        key = rowMask(a, key);
        if (isMask(a, key)) {
            PyNDArray mask = (PyNDArray) key;
            return Released.run(a.size(), () -> gather(a, maskPositions(a, mask), null));
        }
        if (isFancy(key)) {
            // the result has the index's shape followed by the rest of a's
            PyNDArray index = Creation.array(key, null);
            long[] picks = fancy(a, index);
            if (a.ndim() == 1) {
                return Released.run(picks.length, () -> gather(a, positions(a, picks), index.shape()));
            }
            long[] rest = java.util.Arrays.copyOfRange(a.shape(), 1, a.ndim());
            long[] shape = concat(index.shape(), rest);
            PyNDArray out = PyNDArray.zeros(a.dtype(), shape);
            PyNDArray rows = Conversions.reshape(out, concat(new long[]{picks.length}, rest));
            for (int i = 0; i < picks.length; i++) {
                set(rows, (long) i, get(a, picks[i]));
            }
            return out;
        }
        Basic b = basic(a, key);
        if (b.shape() == null) {
            return Scalars.at(a.dtype(), a.data(), (int) b.offset());
        }
        return a.view(b.offset(), b.shape(), b.strides());
    }

    private static long[] concat(long[] x, long[] y) {
        long[] out = java.util.Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, out, x.length, y.length);
        return out;
    }

    /** A 1-D bool array selecting rows of a higher-dimensional array: as the list of their indices. */
    private static Object rowMask(PyNDArray a, Object key) {
        if (key instanceof PyNDArray m && m.dtype() == Scalar.BOOL && m.ndim() == 1 && a.ndim() > 1) {
            if (m.shape()[0] != a.shape()[0]) {
                throw PyErrors.indexError("boolean index did not match indexed array along dimension 0; dimension is "
                        + a.shape()[0] + " but corresponding boolean dimension is " + m.shape()[0]);
            }
            List<Object> rows = new ArrayList<>();
            for (long i = 0; i < m.size(); i++) {
                if ((Boolean) Scalars.item(m, i)) {
                    rows.add(i);
                }
            }
            return PyNDArray.of(Scalar.INT64, rows.stream().mapToLong(o -> (Long) o).toArray(),
                    new long[]{rows.size()});
        }
        return key;
    }

    static void set(PyNDArray a, Object key, Object value) {
        int element = element(a, key);
        if (element >= 0 && !(value instanceof PyNDArray || value instanceof PyList || value instanceof PyTuple)) {
            Creation.store(a.dtype(), a.data(), element, value);
            return;
        }
        key = rowMask(a, key);
        if (isMask(a, key)) {
            PyNDArray mask = (PyNDArray) key;
            PyNDArray values = values(value);
            int[] positions = Released.run(a.size(), () -> maskPositions(a, mask));
            if (values.size() != 1 && values.size() != positions.length) {
                throw PyErrors.valueError("NumPy boolean array indexing assignment cannot assign " + values.size()
                        + " input values to the " + positions.length + " output values where the mask is true");
            }
            Released.run(positions.length, () -> {
                scatter(a, positions, values);
                return null;
            });
            return;
        }
        if (isFancy(key)) {
            PyNDArray index = Creation.array(key, null);
            long[] picks = fancy(a, index);
            if (a.ndim() == 1) {
                PyNDArray values = values(value);
                if (values.size() != 1 && values.size() != picks.length) {
                    throw PyErrors.valueError("shape mismatch: value array of shape " + Shapes.compact(values.shape())
                            + " could not be broadcast to indexing result of shape " + Shapes.compact(index.shape()));
                }
                scatter(a, positions(a, picks), values);
                return;
            }
            for (long pick : picks) {
                set(a, pick, value);
            }
            return;
        }
        Basic b = basic(a, key);
        if (b.shape() == null) {
            Creation.store(a.dtype(), a.data(), (int) b.offset(), scalarValue(value));
            return;
        }
        PyNDArray dst = a.view(b.offset(), b.shape(), b.strides());
        Operand src = Operand.of(value);
        if (src == null) {
            Creation.typeOf(value);
        }
        Released.run(dst.size(), () -> {
            Lanes.copyInto(dst, src.array());
            return null;
        });
    }

    private static Object scalarValue(Object value) {
        if (value instanceof PyNDArray v) {
            if (v.size() != 1) {
                throw PyErrors.valueError("setting an array element with a sequence.");
            }
            return Scalars.item(v, 0);
        }
        if (value instanceof PyList || value instanceof PyTuple) {
            throw PyErrors.valueError("setting an array element with a sequence.");
        }
        return value;
    }

    /** What is assigned to selected elements, as an array (one value, or one per element). */
    private static PyNDArray values(Object value) {
        Operand v = Operand.of(value);
        if (v == null) {
            Creation.typeOf(value);
        }
        return v.array();
    }

    /** The positions in the data of the elements of a 1-D array at {@code picks}. */
    private static int[] positions(PyNDArray a, long[] picks) {
        int[] out = new int[picks.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) (a.offset() + picks[i] * a.strides()[0]);
        }
        return out;
    }

    /** A new array of the elements at {@code positions}, of {@code shape} (1-D when null). */
    private static PyNDArray gather(PyNDArray a, int[] positions, long[] shape) {
        PyNDArray out = PyNDArray.zeros(a.dtype(), shape == null ? new long[]{positions.length} : shape);
        if (Storage.isFloat(a.dtype())) {
            Storage.DoubleGet get = Storage.doubles(a.dtype(), a.data());
            Storage.DoubleSet set = Storage.doubleSetter(a.dtype(), out.data());
            for (int i = 0; i < positions.length; i++) {
                set.set(i, get.get(positions[i]));
            }
        } else {
            Storage.LongGet get = Storage.longs(a.dtype(), a.data());
            Storage.LongSet set = Storage.longSetter(a.dtype(), out.data());
            for (int i = 0; i < positions.length; i++) {
                set.set(i, get.get(positions[i]));
            }
        }
        return out;
    }

    /** Writes {@code values} (one, or one per position) to the elements at {@code positions}. */
    private static void scatter(PyNDArray a, int[] positions, PyNDArray values) {
        if (Storage.isFloat(a.dtype()) || Storage.isFloat(values.dtype())) {
            double[] v = Lanes.doubles(values, values.shape());
            int step = v.length == 1 ? 0 : 1;
            Storage.DoubleSet set = Storage.doubleSetter(a.dtype(), a.data());
            for (int i = 0; i < positions.length; i++) {
                set.set(positions[i], v[i * step]);
            }
        } else {
            long[] v = Lanes.longs(values, values.shape());
            int step = v.length == 1 ? 0 : 1;
            Storage.LongSet set = Storage.longSetter(a.dtype(), a.data());
            for (int i = 0; i < positions.length; i++) {
                set.set(positions[i], v[i * step]);
            }
        }
    }

    private static boolean isMask(PyNDArray a, Object key) {
        if (key instanceof PyNDArray m && m.dtype() == Scalar.BOOL) {
            for (int d = 0; d < Math.max(m.ndim(), a.ndim()); d++) {
                long n = d < a.ndim() ? a.shape()[d] : 0;
                long k = d < m.ndim() ? m.shape()[d] : 0;
                if (n != k) {
                    throw PyErrors.indexError("boolean index did not match indexed array along dimension " + d
                            + "; dimension is " + n + " but corresponding boolean dimension is " + k);
                }
            }
            return true;
        }
        return false;
    }

    /** The positions in the data of the elements that a bool array of a's shape selects, in C order. */
    private static int[] maskPositions(PyNDArray a, PyNDArray mask) {
        long[] m = Lanes.longs(mask, mask.shape());
        int count = 0;
        for (long v : m) {
            count += (int) v;
        }
        int[] out = new int[count];
        int[] next = {0};
        Lanes.forEach(a, (k, p) -> {
            if (m[k] != 0) {
                out[next[0]++] = p;
            }
        });
        return out;
    }

    private static boolean isFancy(Object key) {
        return key instanceof PyList || key instanceof PyNDArray;
    }

    /** The indices along the first axis that an integer array selects, checked and made non-negative. */
    private static long[] fancy(PyNDArray a, PyNDArray idx) {
        if (idx.size() == 0) {
            return new long[0];
        }
        if (Storage.isFloat(idx.dtype())) {
            throw PyErrors.indexError("arrays used as indices must be of integer (or boolean) type");
        }
        if (idx.dtype() == Scalar.BOOL) {
            throw PyErrors.indexError("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and "
                    + "integer or boolean arrays are valid indices");
        }
        if (a.ndim() == 0) {
            throw PyErrors.indexError("too many indices for array: array is 0-dimensional, but 1 were indexed");
        }
        long[] picks = Lanes.longs(idx, idx.shape()).clone();
        long n = a.shape()[0];
        for (int i = 0; i < picks.length; i++) {
            long k = picks[i] < 0 ? picks[i] + n : picks[i];
            if (k < 0 || k >= n) {
                throw PyErrors.indexError("index " + picks[i] + " is out of bounds for axis 0 with size " + n);
            }
            picks[i] = k;
        }
        return picks;
    }

    private static Basic basic(PyNDArray a, Object key) {
        Object[] items = key instanceof PyTuple t ? t.items() : new Object[]{key};
        int consumed = 0;
        boolean ellipsis = false;
        for (Object item : items) {
            if (item == Constants.ellipsis) {
                if (ellipsis) {
                    throw PyErrors.indexError("an index can only have a single ellipsis ('...')");
                }
                ellipsis = true;
            } else if (item instanceof PyList || item instanceof PyNDArray) {
                throw PyErrors.notImplemented("indexing with an array or list together with other indices is not "
                        + "supported");
            } else if (item != PyNone.NONE) {
                consumed++;
            }
        }
        if (consumed > a.ndim()) {
            throw PyErrors.indexError("too many indices for array: array is " + a.ndim() + "-dimensional, but "
                    + consumed + " were indexed");
        }
        long offset = a.offset();
        List<long[]> dims = new ArrayList<>();  // {length, stride}
        int d = 0;
        for (Object item : items) {
            if (item == Constants.ellipsis) {
                for (int skip = a.ndim() - consumed; skip > 0; skip--, d++) {
                    dims.add(new long[]{a.shape()[d], a.strides()[d]});
                }
            } else if (item == PyNone.NONE) {
                dims.add(new long[]{1, 0});
            } else if (item instanceof PySlice s) {
                PySlice.Bounds bounds = s.indices((int) a.shape()[d]);
                offset += bounds.start() * a.strides()[d];
                dims.add(new long[]{bounds.length(), bounds.step() * a.strides()[d]});
                d++;
            } else {
                long n = a.shape()[d];
                long i = index(item);
                long k = i < 0 ? i + n : i;
                if (k < 0 || k >= n) {
                    throw PyErrors.indexError("index " + i + " is out of bounds for axis " + d + " with size " + n);
                }
                offset += k * a.strides()[d];
                d++;
            }
        }
        for (; d < a.ndim(); d++) {
            dims.add(new long[]{a.shape()[d], a.strides()[d]});
        }
        if (dims.isEmpty() && consumed == a.ndim() && !(key instanceof PyTuple t && t.size() == 0) && !ellipsis) {
            return new Basic(offset, null, null);
        }
        long[] shape = new long[dims.size()];
        long[] strides = new long[dims.size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = dims.get(i)[0];
            strides[i] = dims.get(i)[1];
        }
        return new Basic(offset, shape, strides);
    }

    private static long index(Object item) {
        if (item instanceof Long l) {
            return l;
        }
        if (item instanceof PyNDArray || item instanceof Double || item instanceof String) {
            throw PyErrors.indexError("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and "
                    + "integer or boolean arrays are valid indices");
        }
        return Ops.index(item);
    }
}
