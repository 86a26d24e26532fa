package org.krait.stdlib.numpy;

import org.krait.jit.types.Scalar;
import org.krait.runtime.Ops;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyList;
import org.krait.runtime.PyRange;
import org.krait.runtime.PyTuple;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Making arrays: from Python values ({@code np.array}), and {@code full}, {@code arange}, {@code linspace}. */
final class Creation {
    private Creation() {
    }

    /** A 0-d array holding a Python bool, int or float. */
    static PyNDArray scalar(Object value) {
        return scalarOf(typeOf(value), value);
    }

    /** {@code np.array(obj, dtype)}: always a new array; {@code dtype} null infers it from the values. */
    static PyNDArray array(Object obj, Scalar dtype) {
        if (obj instanceof PyNDArray a) {
            return Conversions.astype(a, dtype == null ? a.dtype() : dtype);
        }
        if (obj instanceof PyList || obj instanceof PyTuple) {
            PyNDArray flat = flatNumbers(items(obj), dtype);
            if (flat != null) {
                return flat;
            }
        }
        List<Long> shape = new ArrayList<>();
        discoverShape(obj, shape);
        long[] dims = shape.stream().mapToLong(Long::longValue).toArray();
        List<Object> leaves = new ArrayList<>();
        flatten(obj, 0, dims, leaves);
        Scalar t = dtype == null ? infer(leaves) : dtype;
        PyNDArray out = PyNDArray.zeros(t, dims);
        for (int i = 0; i < leaves.size(); i++) {
            store(t, out.data(), i, leaves.get(i));
        }
        return out;
    }

    /** The common case quickly: a flat list of ints or floats; null when there is anything else. */
    private static PyNDArray flatNumbers(Object[] items, Scalar dtype) {
        boolean floats = false;
        for (Object item : items) {
            if (item instanceof Double) {
                floats = true;
            } else if (!(item instanceof Long)) {
                return null;
            }
        }
        Scalar t = dtype != null ? dtype : items.length == 0 || floats ? Scalar.FLOAT64 : Scalar.INT64;
        PyNDArray out = PyNDArray.zeros(t, new long[]{items.length});
        if (t == Scalar.INT64 && !floats) {
            long[] d = (long[]) out.data();
            for (int i = 0; i < items.length; i++) {
                d[i] = (Long) items[i];
            }
        } else if (t == Scalar.FLOAT64) {
            double[] d = (double[]) out.data();
            for (int i = 0; i < items.length; i++) {
                d[i] = items[i] instanceof Long l ? (double) l : (Double) items[i];
            }
        } else {
            for (int i = 0; i < items.length; i++) {
                store(t, out.data(), i, items[i]);
            }
        }
        return out;
    }

    private static boolean isSequence(Object o) {
        return o instanceof PyList || o instanceof PyTuple || o instanceof PyNDArray || o instanceof PyRange;
    }

    private static Object[] items(Object o) {
        if (o instanceof PyTuple t) {
            return t.items();
        } else if (o instanceof PyList l) {
            return l.toArray();
        } else if (o instanceof PyRange r) {
            Object[] out = new Object[Math.toIntExact(r.length())];
            for (int i = 0; i < out.length; i++) {
                out[i] = r.get(i);
            }
            return out;
        }
        PyNDArray a = (PyNDArray) o;
        Object[] out = new Object[(int) a.shape()[0]];
        for (int i = 0; i < out.length; i++) {
            out[i] = Indexing.get(a, (long) i);
        }
        return out;
    }

    /** The shape is what the first items along each level have; {@link #flatten} checks the others. */
    private static void discoverShape(Object o, List<Long> shape) {
        while (isSequence(o)) {
            if (o instanceof PyNDArray a) {
                for (long n : a.shape()) {
                    shape.add(n);
                }
                return;
            }
            Object[] items = items(o);
            shape.add((long) items.length);
            if (items.length == 0) {
                return;
            }
            o = items[0];
        }
    }

    private static void flatten(Object o, int depth, long[] shape, List<Object> out) {
        if (depth == shape.length) {
            if (isSequence(o)) {
                throw inhomogeneous(depth, shape);
            }
            out.add(o);
            return;
        }
        if (o instanceof PyNDArray a && a.ndim() == shape.length - depth) {
            for (int d = 0; d < a.ndim(); d++) {
                if (a.shape()[d] != shape[depth + d]) {
                    throw inhomogeneous(depth + d, shape);
                }
            }
            for (long k = 0; k < a.size(); k++) {
                out.add(Scalars.item(a, k));
            }
            return;
        }
        if (!isSequence(o)) {
            throw inhomogeneous(depth, shape);
        }
        Object[] items = items(o);
        if (items.length != shape[depth]) {
            throw inhomogeneous(depth, shape);
        }
        for (Object item : items) {
            flatten(item, depth + 1, shape, out);
        }
    }

    private static RuntimeException inhomogeneous(int depth, long[] shape) {
        long[] detected = java.util.Arrays.copyOf(shape, depth);
        return PyErrors.valueError("setting an array element with a sequence. The requested array has an "
                + "inhomogeneous shape after " + depth + " dimensions. The detected shape was "
                + Shapes.repr(detected) + " + inhomogeneous part.");
    }

    private static Scalar infer(List<Object> values) {
        Scalar t = values.isEmpty() ? Scalar.FLOAT64 : Scalar.BOOL;
        for (Object v : values) {
            t = Promotion.promote(t, typeOf(v));
        }
        return t;
    }

    static Scalar typeOf(Object v) {
        if (v instanceof Boolean) {
            return Scalar.BOOL;
        } else if (v instanceof Long || v instanceof BigInteger) {
            return Scalar.INT64;
        } else if (v instanceof Double) {
            return Scalar.FLOAT64;
        } else if (v instanceof String) {
            throw PyErrors.notImplemented("arrays of strings are not supported");
        } else if (v instanceof org.krait.runtime.PyComplex) {
            throw PyErrors.notImplemented("complex arrays are not supported");
        }
        throw PyErrors.notImplemented("arrays of '" + Ops.typeName(v) + "' objects are not supported");
    }

    /** Stores a Python number at {@code position}, converting it as numpy does (floats truncate into integers). */
    static void store(Scalar t, Object data, int position, Object value) {
        if (value instanceof PyNDArray a && a.size() == 1) {
            value = Scalars.item(a, 0);
        }
        if (Storage.isFloat(t)) {
            Storage.doubleSetter(t, data).set(position, toDouble(value));
        } else if (value instanceof Double d) {
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw PyErrors.valueError("cannot convert float " + (Double.isNaN(d) ? "NaN" : "infinity")
                        + " to integer");
            }
            Storage.longSetter(t, data).set(position, (long) d.doubleValue());
        } else {
            Storage.longSetter(t, data).set(position, toLong(value));
        }
    }

    static double toDouble(Object v) {
        if (v instanceof Double d) {
            return d;
        } else if (v instanceof Long l) {
            return l;
        } else if (v instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (v instanceof BigInteger b) {
            return b.doubleValue();
        }
        typeOf(v);
        throw PyErrors.typeError("must be real number, not " + Ops.typeName(v));
    }

    static long toLong(Object v) {
        if (v instanceof Long l) {
            return l;
        } else if (v instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (v instanceof BigInteger) {
            throw PyErrors.overflow("Python int too large to convert to C long");
        } else if (v instanceof Double d) {
            return (long) d.doubleValue();
        }
        typeOf(v);
        throw PyErrors.typeError("an integer is required");
    }

    /** {@code np.full(shape, value, dtype)}. */
    static PyNDArray full(long[] shape, Object value, Scalar dtype) {
        if (value instanceof PyNDArray a && a.size() == 1) {
            value = Scalars.item(a, 0);
        }
        Scalar t = dtype == null ? typeOf(value) : dtype;
        PyNDArray out = PyNDArray.zeros(t, shape);
        Lanes.copyInto(out, scalarOf(t, value));
        return out;
    }

    static PyNDArray scalarOf(Scalar t, Object value) {
        PyNDArray a = PyNDArray.zeros(t, new long[0]);
        store(t, a.data(), 0, value);
        return a;
    }

    /** {@code np.arange(start, stop, step, dtype)}: integers when every argument is one, else floats. */
    static PyNDArray arange(Object start, Object stop, Object step, Scalar dtype) {
        boolean ints = !(start instanceof Double || stop instanceof Double || step instanceof Double);
        Scalar t = dtype != null ? dtype : ints ? Scalar.INT64 : Scalar.FLOAT64;
        double s0 = toDouble(start);
        double st = toDouble(step);
        if (st == 0) {
            throw PyErrors.zeroDivision("division by zero");
        }
        double len = Math.ceil((toDouble(stop) - s0) / st);
        long n = len > 0 ? (long) len : 0;
        Shapes.elements(new long[]{n}, t);
        if (ints && !Storage.isFloat(t)) {
            long first = toLong(start);
            long inc = toLong(step);
            long[] r = Released.run(n, () -> {
                long[] out = new long[(int) n];
                for (int i = 0; i < out.length; i++) {
                    out[i] = first + i * inc;
                }
                return out;
            });
            return Lanes.fromLongs(t, r, new long[]{n});
        }
        // numpy steps by the difference of the first two values, which may round differently from step
        double delta = (s0 + st) - s0;
        double[] r = Released.run(n, () -> {
            double[] out = new double[(int) n];
            for (int i = 0; i < out.length; i++) {
                out[i] = s0 + i * delta;
            }
            return out;
        });
        return Lanes.fromDoubles(t, r, new long[]{n});
    }

    /** {@code np.linspace(start, stop, num, endpoint, dtype)}. */
    static PyNDArray linspace(double start, double stop, long num, boolean endpoint, Scalar dtype) {
        if (num < 0) {
            throw PyErrors.valueError("Number of samples, " + num + ", must be non-negative.");
        }
        long div = endpoint ? num - 1 : num;
        double delta = stop - start;
        double step = delta / div;
        double[] r = new double[Shapes.elements(new long[]{num}, Scalar.FLOAT64)];
        for (int i = 0; i < r.length; i++) {
            r[i] = (div > 0 ? (step == 0 ? i / (double) div * delta : i * step) : i * delta) + start;
        }
        if (endpoint && num > 1) {
            r[r.length - 1] = stop;
        }
        return Lanes.fromDoubles(dtype == null ? Scalar.FLOAT64 : dtype, r, new long[]{num});
    }
}
