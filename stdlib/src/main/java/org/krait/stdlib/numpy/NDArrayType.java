package org.krait.stdlib.numpy;

import org.krait.jit.types.Scalar;
import org.krait.runtime.Iterators;
import org.krait.runtime.Ops;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyNone;
import org.krait.runtime.PyTuple;
import org.krait.runtime.PyType;

import java.util.Map;

/** The class {@code numpy.ndarray}: its attributes, methods and special methods. */
final class NDArrayType {
    static final PyType TYPE = NumpyTypes.create("ndarray");

    /** The operator special methods of the binary ufuncs ({@code __add__}, {@code __radd__}, {@code __iadd__}). */
    private static final Map<BinaryOp, String> OPERATORS = Map.of(BinaryOp.ADD, "add", BinaryOp.SUBTRACT, "sub",
            BinaryOp.MULTIPLY, "mul", BinaryOp.TRUE_DIVIDE, "truediv", BinaryOp.FLOOR_DIVIDE, "floordiv",
            BinaryOp.REMAINDER, "mod", BinaryOp.POWER, "pow", BinaryOp.BITWISE_AND, "and", BinaryOp.BITWISE_OR,
            "or", BinaryOp.BITWISE_XOR, "xor");
    private static final Map<Comparison, String> COMPARISONS = Map.of(Comparison.EQUAL, "eq",
            Comparison.NOT_EQUAL, "ne", Comparison.LESS, "lt", Comparison.LESS_EQUAL, "le", Comparison.GREATER, "gt",
            Comparison.GREATER_EQUAL, "ge");
    private static final String REDUCE_SPEC = "self, axis=None, dtype=None, out=None, keepdims=False";

    private NDArrayType() {
    }

    static {
        NumpyTypes.method(TYPE, "__hash__", "self, /", a -> {
            throw PyErrors.typeError("unhashable type: 'numpy.ndarray'");
        });
        attributes();
        methods();
        operators();
    }

    private static PyNDArray self(Object o) {
        return (PyNDArray) o;
    }

    private static void attributes() {
        NumpyTypes.property(TYPE, "shape", a -> Shapes.tuple(self(a[0]).shape()));
        NumpyTypes.property(TYPE, "dtype", a -> DType.of(self(a[0]).dtype()));
        NumpyTypes.property(TYPE, "ndim", a -> (long) self(a[0]).ndim());
        NumpyTypes.property(TYPE, "size", a -> self(a[0]).size());
        NumpyTypes.property(TYPE, "itemsize", a -> DType.itemsize(self(a[0]).dtype()));
        NumpyTypes.property(TYPE, "nbytes", a -> DType.itemsize(self(a[0]).dtype()) * self(a[0]).size());
        NumpyTypes.property(TYPE, "strides", a -> {
            PyNDArray x = self(a[0]);
            long[] bytes = x.strides().clone();
            for (int d = 0; d < bytes.length; d++) {
                bytes[d] *= DType.itemsize(x.dtype());
            }
            return Shapes.tuple(bytes);
        });
        NumpyTypes.property(TYPE, "T", a -> Conversions.transpose(self(a[0])));
    }

    private static void methods() {
        NumpyTypes.constructor(TYPE, "cls, shape, dtype=None", a ->
                PyNDArray.zeros(dtypeOr(a[2], Scalar.FLOAT64), Shapes.of(a[1])));
        NumpyTypes.method(TYPE, "__repr__", "self, /", a -> ArrayFormat.repr(self(a[0]), PrintOptions.current()));
        NumpyTypes.method(TYPE, "__str__", "self, /", a -> ArrayFormat.str(self(a[0]), PrintOptions.current()));
        NumpyTypes.method(TYPE, "__len__", "self, /", a -> {
            if (self(a[0]).ndim() == 0) {
                throw PyErrors.typeError("len() of unsized object");
            }
            return self(a[0]).shape()[0];
        });
        NumpyTypes.method(TYPE, "__iter__", "self, /", a -> {
            PyNDArray x = self(a[0]);
            if (x.ndim() == 0) {
                throw PyErrors.typeError("iteration over a 0-d array");
            }
            Object[] items = new Object[(int) x.shape()[0]];
            for (int i = 0; i < items.length; i++) {
                items[i] = x.ndim() == 1 ? Scalars.at(x.dtype(), x.data(), (int) (x.offset() + i * x.strides()[0]))
                        : Indexing.get(x, (long) i);
            }
            return Iterators.of(items);
        });
        NumpyTypes.method(TYPE, "__getitem__", "self, key, /", a -> Indexing.get(self(a[0]), a[1]));
        NumpyTypes.method(TYPE, "__setitem__", "self, key, value, /", a -> {
            Indexing.set(self(a[0]), a[1], a[2]);
            return PyNone.NONE;
        });
        // an empty array is false (numpy 1.24 deprecates that, but still answers so)
        NumpyTypes.method(TYPE, "__bool__", "self, /", a -> self(a[0]).size() != 0 && Ops.isTrue(single(self(a[0]),
                "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")));
        NumpyTypes.method(TYPE, "__float__", "self, /", a -> Creation.toDouble(single(self(a[0]), null)));
        NumpyTypes.method(TYPE, "__int__", "self, /", a -> {
            Object v = single(self(a[0]), null);
            return v instanceof Double ? org.krait.runtime.Calls.call(PyType.INT, v) : Creation.toLong(v);
        });
        NumpyTypes.method(TYPE, "__contains__", "self, value, /", a -> {
            Operand v = Operand.of(a[1]);
            return v != null && Ops.isTrue(Reduction.ANY.apply((PyNDArray) Elementwise.compare(Comparison.EQUAL,
                    new Operand(self(a[0]), false), v), null, 0));
        });
        NumpyTypes.method(TYPE, "__copy__", "self, /", a -> Conversions.astype(self(a[0]), self(a[0]).dtype()));
        NumpyTypes.method(TYPE, "__deepcopy__", "self, memo, /", a -> Conversions.astype(self(a[0]),
                self(a[0]).dtype()));
        NumpyTypes.method(TYPE, "copy", "self, order='C'", a -> Conversions.astype(self(a[0]), self(a[0]).dtype()));
        NumpyTypes.method(TYPE, "astype", "self, dtype, order='K', casting='unsafe', subok=True, copy=True",
                a -> Conversions.astype(self(a[0]), DType.resolve(a[1])));
        NumpyTypes.method(TYPE, "tolist", "self, /", a -> Conversions.tolist(self(a[0])));
        NumpyTypes.method(TYPE, "tobytes", "self, order='C'", a -> Buffers.tobytes(self(a[0])));
        NumpyTypes.method(TYPE, "item", "self, *args", a -> {
            PyNDArray x = self(a[0]);
            Object[] args = ((PyTuple) a[1]).items();
            if (args.length == 0) {
                return single(x, "can only convert an array of size 1 to a Python scalar");
            }
            if (args.length == 1 && Ops.isInt(args[0])) {
                long i = Ops.index(args[0]);
                long n = x.size();
                if (i < -n || i >= n) {
                    throw PyErrors.indexError("index " + i + " is out of bounds for size " + n);
                }
                return Scalars.item(x, i < 0 ? i + n : i);
            }
            return Indexing.get(x, args.length == 1 ? args[0] : new PyTuple(args));
        });
        NumpyTypes.method(TYPE, "reshape", "self, *shape", a -> Conversions.reshape(self(a[0]), shapeArgs(a[1])));
        NumpyTypes.method(TYPE, "transpose", "self, *axes", a -> {
            PyTuple axes = (PyTuple) a[1];
            if (axes.size() == 0 || axes.size() == 1 && axes.get(0) == PyNone.NONE) {
                return Conversions.transpose(self(a[0]));
            }
            return Conversions.transpose(self(a[0]), axesOf(axes.size() == 1 && !Ops.isInt(axes.get(0))
                    ? axes.get(0) : axes));
        });
        NumpyTypes.method(TYPE, "flatten", "self, order='C'", a -> Conversions.flatten(self(a[0])));
        NumpyTypes.method(TYPE, "ravel", "self, order='C'", a -> Conversions.ravel(self(a[0])));
        NumpyTypes.method(TYPE, "fill", "self, value, /", a -> {
            Indexing.set(self(a[0]), Constants.ellipsis, a[1]);
            return PyNone.NONE;
        });
        NumpyTypes.method(TYPE, "dot", "self, b, /", a -> Linalg.dot(self(a[0]), Operand.of(a[1])));
        NumpyTypes.method(TYPE, "round", "self, decimals=0, out=None", a -> Ufuncs.around(a[0], Ops.index(a[1])));
        NumpyTypes.method(TYPE, "clip", "self, min=None, max=None", a -> Ufuncs.clip(self(a[0]), a[1], a[2]));
        NumpyTypes.method(TYPE, "sort", "self, axis=-1", a -> {
            Lanes.copyInto(self(a[0]), Ordering.sort(self(a[0]), NumpyTypes.axis(a[1])));
            return PyNone.NONE;
        });
        NumpyTypes.method(TYPE, "argsort", "self, axis=-1", a -> Ordering.argsort(self(a[0]), NumpyTypes.axis(a[1])));
        NumpyTypes.method(TYPE, "cumsum", "self, axis=None", a -> Cumulative.apply(self(a[0]), NumpyTypes.axis(a[1]),
                false));
        NumpyTypes.method(TYPE, "cumprod", "self, axis=None", a -> Cumulative.apply(self(a[0]), NumpyTypes.axis(a[1]),
                true));
        for (Reduction r : Reduction.values()) {
            String name = r.name().toLowerCase();
            if (r == Reduction.STD || r == Reduction.VAR) {
                NumpyTypes.method(TYPE, name, "self, axis=None, dtype=None, out=None, ddof=0, keepdims=False",
                        a -> reduce(r, a[0], a[1], a[2], a[3], a[5], Ops.index(a[4])));
            } else if (r == Reduction.ARGMIN || r == Reduction.ARGMAX) {
                NumpyTypes.method(TYPE, name, "self, axis=None, out=None, *, keepdims=False",
                        a -> reduce(r, a[0], a[1], PyNone.NONE, a[2], a[3], 0));
            } else {
                NumpyTypes.method(TYPE, name, REDUCE_SPEC, a -> reduce(r, a[0], a[1], a[2], a[3], a[4], 0));
            }
        }
    }

    private static void operators() {
        for (Map.Entry<BinaryOp, String> e : OPERATORS.entrySet()) {
            BinaryOp op = e.getKey();
            String spec = op == BinaryOp.POWER ? "self, other, mod=None, /" : "self, other, /";
            NumpyTypes.method(TYPE, "__" + e.getValue() + "__", spec, a -> {
                Operand y = Operand.of(a[1]);
                return y == null ? Constants.notImplemented : Elementwise.binary(op, new Operand(self(a[0]), false), y);
            });
            NumpyTypes.method(TYPE, "__r" + e.getValue() + "__", spec, a -> {
                Operand x = Operand.of(a[1]);
                return x == null ? Constants.notImplemented : Elementwise.binary(op, x, new Operand(self(a[0]), false));
            });
            NumpyTypes.method(TYPE, "__i" + e.getValue() + "__", spec, a -> {
                Operand y = Operand.of(a[1]);
                return y == null ? Constants.notImplemented : Elementwise.inPlace(op, self(a[0]), y);
            });
        }
        for (Map.Entry<Comparison, String> e : COMPARISONS.entrySet()) {
            Comparison op = e.getKey();
            NumpyTypes.method(TYPE, "__" + e.getValue() + "__", "self, other, /", a -> {
                boolean equality = op == Comparison.EQUAL || op == Comparison.NOT_EQUAL;
                if (a[1] == PyNone.NONE && equality) {
                    // compared element by element as objects: nothing equals None
                    return Creation.full(self(a[0]).shape().clone(), op == Comparison.NOT_EQUAL, Scalar.BOOL);
                }
                Operand y = Operand.of(a[1]);
                if (y == null) {
                    return Constants.notImplemented;
                }
                if (equality) {
                    try {
                        Shapes.broadcast(self(a[0]).shape(), y.array().shape());
                    } catch (org.krait.runtime.PyException mismatch) {
                        // numpy 1.24: arrays that do not broadcast are simply unequal (with a warning)
                        return op == Comparison.NOT_EQUAL;
                    }
                }
                return Elementwise.compare(op, new Operand(self(a[0]), false), y);
            });
        }
        NumpyTypes.method(TYPE, "__divmod__", "self, other, /", a -> {
            Operand y = Operand.of(a[1]);
            return y == null ? Constants.notImplemented : Ufuncs.divmod(new Operand(self(a[0]), false), y);
        });
        NumpyTypes.method(TYPE, "__rdivmod__", "self, other, /", a -> {
            Operand x = Operand.of(a[1]);
            return x == null ? Constants.notImplemented : Ufuncs.divmod(x, new Operand(self(a[0]), false));
        });
        NumpyTypes.method(TYPE, "__matmul__", "self, other, /", a -> {
            Operand y = Operand.of(a[1]);
            return y == null ? Constants.notImplemented : Linalg.matmul(self(a[0]), y);
        });
        NumpyTypes.method(TYPE, "__rmatmul__", "self, other, /", a -> {
            Operand x = Operand.of(a[1]);
            return x == null ? Constants.notImplemented : Linalg.matmul(x.array(), new Operand(self(a[0]), false));
        });
        unary("__neg__", UnaryOp.NEGATIVE);
        unary("__pos__", UnaryOp.POSITIVE);
        unary("__abs__", UnaryOp.ABSOLUTE);
        unary("__invert__", UnaryOp.INVERT);
    }

    private static void unary(String name, UnaryOp op) {
        NumpyTypes.method(TYPE, name, "self, /", a -> Elementwise.unary(op, new Operand(self(a[0]), false)));
    }

    /** The only element, for conversions to Python values. */
    private static Object single(PyNDArray x, String message) {
        if (x.size() != 1) {
            throw message == null ? PyErrors.typeError("only size-1 arrays can be converted to Python scalars")
                    : PyErrors.valueError(message);
        }
        return Scalars.item(x, 0);
    }

    /** A sequence of axes. */
    static int[] axesOf(Object axes) {
        long[] values = Shapes.ofAllowingUnknown(axes);
        int[] out = new int[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) values[i];
        }
        return out;
    }

    /** {@code reshape(2, 3)} or {@code reshape((2, 3))}. */
    private static long[] shapeArgs(Object args) {
        PyTuple t = (PyTuple) args;
        return Shapes.ofAllowingUnknown(t.size() == 1 ? t.get(0) : t);
    }

    /** A reduction over several axes, as successive reductions (those for which that gives the same result). */
    private static Object reduceAxes(Reduction r, PyNDArray a, PyTuple axes, boolean keepdims) {
        if (r != Reduction.SUM && r != Reduction.PROD && r != Reduction.MIN && r != Reduction.MAX
                && r != Reduction.ANY && r != Reduction.ALL && r != Reduction.MEAN) {
            throw PyErrors.notImplemented(r.name().toLowerCase() + "() over several axes is not supported");
        }
        int[] dims = new int[axes.size()];
        long count = 1;
        for (int i = 0; i < dims.length; i++) {
            long d = Ops.index(axes.get(i));
            if (d < -a.ndim() || d >= a.ndim()) {
                throw NumpyTypes.axisError(d, a.ndim());
            }
            dims[i] = (int) (d < 0 ? d + a.ndim() : d);
            count *= a.shape()[dims[i]];
        }
        java.util.Arrays.sort(dims);
        for (int i = 1; i < dims.length; i++) {
            if (dims[i] == dims[i - 1]) {
                throw PyErrors.valueError("duplicate value in 'axis'");
            }
        }
        Reduction step = r == Reduction.MEAN ? Reduction.SUM : r;
        Object result = dims.length == 0 ? Conversions.astype(a, step.resultType(a.dtype())) : a;
        for (int i = dims.length - 1; i >= 0; i--) {
            result = step.apply((PyNDArray) (result instanceof PyNDArray p ? p : Creation.scalar(result)), dims[i],
                    0);
        }
        if (r == Reduction.MEAN) {
            result = Elementwise.binary(BinaryOp.TRUE_DIVIDE, Ufuncs.operand(result, "mean"),
                    new Operand(Creation.scalar((double) count), true));
        }
        if (!keepdims) {
            return result;
        }
        long[] shape = a.shape().clone();
        for (int d : dims) {
            shape[d] = 1;
        }
        return Conversions.reshape(result instanceof PyNDArray p ? p : Creation.scalar(result), shape);
    }

    static Scalar dtypeOr(Object dtype, Scalar dflt) {
        Scalar s = DType.resolve(dtype);
        return s == null ? dflt : s;
    }

    /** A reduction method or function: {@code axis} None, an int or a 1-tuple; {@code keepdims} keeps it as 1. */
    static Object reduce(Reduction r, Object array, Object axis, Object dtype, Object out, Object keepdims, long ddof) {
        if (out != PyNone.NONE) {
            throw PyErrors.notImplemented("the out= argument is not supported");
        }
        PyNDArray a = Ufuncs.asArray(array);
        Scalar t = DType.resolve(dtype);
        if (t != null) {
            a = Conversions.astype(a, t);
        }
        Integer ax = null;
        if (axis instanceof PyTuple tup && tup.size() != 1) {
            return reduceAxes(r, a, tup, Ops.isTrue(keepdims));
        }
        if (axis instanceof PyTuple tup) {
            axis = tup.get(0);
        }
        if (axis != PyNone.NONE) {
            ax = (int) Ops.index(axis);
        }
        Object result = r.apply(a, ax, ddof);
        if (!Ops.isTrue(keepdims)) {
            return result;
        }
        long[] shape = a.shape().clone();
        PyNDArray res = result instanceof PyNDArray p ? p : Creation.scalar(result);
        if (ax == null) {
            java.util.Arrays.fill(shape, 1);
        } else {
            shape[ax < 0 ? ax + shape.length : ax] = 1;
        }
        return Conversions.reshape(res, shape);
    }
}
