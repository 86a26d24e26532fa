package org.krait.stdlib.numpy;

import org.krait.jit.types.Scalar;
import org.krait.runtime.KraitContext;
import org.krait.runtime.ModuleProvider;
import org.krait.runtime.Ops;
import org.krait.runtime.PyModule;
import org.krait.runtime.PyNone;

import java.util.Map;
import java.util.Set;

/**
 * {@code _numpy}: the Java core of Krait's numpy (the {@code numpy} package, written in Krait, re-exports it): the
 * array and dtype classes, array creation, the ufuncs, reductions and {@code dot}.
 */
public final class NumpyModule implements ModuleProvider {
    /** Other names numpy gives some ufuncs. */
    private static final Map<String, String> ALIASES = Map.of("divide", "true_divide", "mod", "remainder",
            "abs", "absolute", "fmin", "minimum", "fmax", "maximum");

    @Override
    public Set<String> moduleNames() {
        return Set.of("_numpy");
    }

    @Override
    public PyModule create(String name, KraitContext context) {
        Constants.init(context);
        PyModule m = new PyModule("_numpy");
        m.setAttribute("ndarray", NDArrayType.TYPE);
        m.setAttribute("dtype", DType.TYPE);
        m.setAttribute("AxisError", NumpyTypes.AXIS_ERROR);
        creation(m);
        ufuncs(m);
        for (Reduction r : Reduction.values()) {
            String n = r.name().toLowerCase();
            if (r == Reduction.STD || r == Reduction.VAR) {
                def(m, "numpy." + n, "a, axis=None, dtype=None, out=None, ddof=0, keepdims=False",
                        a -> NDArrayType.reduce(r, a[0], a[1], a[2], a[3], a[5], Ops.index(a[4])));
            } else if (r == Reduction.ARGMIN || r == Reduction.ARGMAX) {
                def(m, "numpy." + n, "a, axis=None, out=None, *, keepdims=False",
                        a -> NDArrayType.reduce(r, a[0], a[1], PyNone.NONE, a[2], a[3], 0));
            } else {
                def(m, "numpy." + n, "a, axis=None, dtype=None, out=None, keepdims=False",
                        a -> NDArrayType.reduce(r, a[0], a[1], a[2], a[3], a[4], 0));
            }
        }
        m.setAttribute("amin", m.getAttribute("min"));
        m.setAttribute("amax", m.getAttribute("max"));
        def(m, "numpy.dot", "a, b, out=None", a -> Linalg.dot(Ufuncs.asArray(a[0]), Ufuncs.operand(a[1], "dot")));
        def(m, "numpy.matmul", "x1, x2, /", a -> Linalg.matmul(Ufuncs.asArray(a[0]), Ufuncs.operand(a[1], "matmul")));
        def(m, "numpy.sort", "a, axis=-1", a -> Ordering.sort(Ufuncs.asArray(a[0]), NumpyTypes.axis(a[1])));
        def(m, "numpy.argsort", "a, axis=-1", a -> Ordering.argsort(Ufuncs.asArray(a[0]), NumpyTypes.axis(a[1])));
        def(m, "numpy.cumsum", "a, axis=None", a -> Cumulative.apply(Ufuncs.asArray(a[0]), NumpyTypes.axis(a[1]),
                false));
        def(m, "numpy.cumprod", "a, axis=None", a -> Cumulative.apply(Ufuncs.asArray(a[0]), NumpyTypes.axis(a[1]),
                true));
        def(m, "numpy.result_type", "*arrays_and_dtypes", a -> {
            Scalar t = null;
            for (Object o : ((org.krait.runtime.PyTuple) a[0]).items()) {
                Scalar s = o instanceof PyNDArray x ? x.dtype() : DType.resolve(o);
                t = t == null ? s : Promotion.promote(t, s);
            }
            if (t == null) {
                throw org.krait.runtime.PyErrors.valueError("at least one array or dtype is required");
            }
            return DType.of(t);
        });
        def(m, "numpy.around", "a, decimals=0, out=None", a -> Ufuncs.around(a[0], Ops.index(a[1])));
        m.setAttribute("round_", m.getAttribute("around"));
        m.setAttribute("round", m.getAttribute("around"));
        def(m, "numpy._random_doubles", "generator, n", a -> RandomDraws.doubles(a[0], Ops.index(a[1])));
        def(m, "numpy._random_gauss", "generator, n, loc, scale, cached", a -> RandomDraws.gauss(a[0],
                Ops.index(a[1]), Creation.toDouble(a[2]), Creation.toDouble(a[3]), a[4]));
        def(m, "numpy._random_bounded", "generator, rng, n", a -> RandomDraws.bounded(a[0], Ops.index(a[1]),
                Ops.index(a[2])));
        def(m, "numpy.frombuffer", "buffer, dtype=None, count=-1, offset=0", a -> {
            if (!(a[0] instanceof org.krait.runtime.PyBytes b)) {
                throw org.krait.runtime.PyErrors.typeError("a bytes-like object is required, not '"
                        + Ops.typeName(a[0]) + "'");
            }
            return Buffers.frombuffer(b, NDArrayType.dtypeOr(a[1], Scalar.FLOAT64), Ops.index(a[2]),
                    Ops.index(a[3]));
        });
        def(m, "numpy.where", "condition, x, y, /", a -> Ufuncs.where(a[0], a[1], a[2]));
        def(m, "numpy.clip", "a, a_min, a_max", a -> Ufuncs.clip(a[0], a[1], a[2]));
        def(m, "numpy.reshape", "a, newshape", a -> Conversions.reshape(Ufuncs.asArray(a[0]),
                Shapes.ofAllowingUnknown(a[1])));
        def(m, "numpy.transpose", "a, axes=None", a -> a[1] == PyNone.NONE
                ? Conversions.transpose(Ufuncs.asArray(a[0]))
                : Conversions.transpose(Ufuncs.asArray(a[0]), NDArrayType.axesOf(a[1])));
        def(m, "numpy.divmod", "x1, x2, /", a -> Ufuncs.divmod(Ufuncs.operand(a[0], "divmod"),
                Ufuncs.operand(a[1], "divmod")));
        def(m, "numpy.ravel", "a", a -> Conversions.ravel(Ufuncs.asArray(a[0])));
        def(m, "numpy.copy", "a", a -> Creation.array(a[0], null));
        def(m, "numpy.shape", "a", a -> Shapes.tuple(Ufuncs.asArray(a[0]).shape()));
        def(m, "numpy.ndim", "a", a -> (long) Ufuncs.asArray(a[0]).ndim());
        def(m, "numpy.size", "a", a -> Ufuncs.asArray(a[0]).size());
        def(m, "numpy.set_printoptions", "precision=None, threshold=None, edgeitems=None, linewidth=None, "
                + "suppress=None, nanstr=None, infstr=None, formatter=None, sign=None, floatmode=None, *, legacy=None",
                a -> {
                    for (int i = 5; i < a.length; i++) {
                        if (a[i] != PyNone.NONE) {
                            throw org.krait.runtime.PyErrors.notImplemented(
                                    "set_printoptions() supports precision, threshold, edgeitems, linewidth, suppress");
                        }
                    }
                    PrintOptions o = PrintOptions.current();
                    PrintOptions.set(new PrintOptions(
                            a[0] == PyNone.NONE ? o.precision() : nonNegative(a[0], "precision"),
                            a[1] == PyNone.NONE ? o.threshold() : nonNegative(a[1], "threshold"),
                            a[2] == PyNone.NONE ? o.edgeItems() : nonNegative(a[2], "edgeitems"),
                            a[3] == PyNone.NONE ? o.lineWidth() : nonNegative(a[3], "linewidth"),
                            a[4] == PyNone.NONE ? o.suppress() : Ops.isTrue(a[4])));
                    return PyNone.NONE;
                });
        def(m, "numpy.get_printoptions", "", a -> {
            PrintOptions o = PrintOptions.current();
            org.krait.runtime.PyDict d = new org.krait.runtime.PyDict();
            d.put("edgeitems", (long) o.edgeItems());
            d.put("threshold", (long) o.threshold());
            d.put("floatmode", "maxprec");
            d.put("precision", (long) o.precision());
            d.put("suppress", o.suppress());
            d.put("linewidth", (long) o.lineWidth());
            d.put("nanstr", "nan");
            d.put("infstr", "inf");
            d.put("sign", "-");
            d.put("formatter", PyNone.NONE);
            d.put("legacy", false);
            return d;
        });
        def(m, "numpy._cast", "dtype, value", a -> {
            Object value = a[1] instanceof String s ? org.krait.runtime.Calls.call(org.krait.runtime.PyType.FLOAT, s)
                    : a[1];
            return Scalars.item(Creation.scalarOf(DType.resolve(a[0]), value), 0);
        });
        return m;
    }

    private static void creation(PyModule m) {
        def(m, "numpy.array", "object, dtype=None, *, copy=True, order='K', ndmin=0",
                a -> Creation.array(a[0], DType.resolve(a[1])));
        def(m, "numpy.asarray", "a, dtype=None, order=None", a -> {
            Scalar t = DType.resolve(a[1]);
            return a[0] instanceof PyNDArray x && (t == null || t == x.dtype()) ? x : Creation.array(a[0], t);
        });
        def(m, "numpy.zeros", "shape, dtype=None, order='C'",
                a -> PyNDArray.zeros(NDArrayType.dtypeOr(a[1], Scalar.FLOAT64), Shapes.of(a[0])));
        def(m, "numpy.empty", "shape, dtype=None, order='C'",
                a -> PyNDArray.zeros(NDArrayType.dtypeOr(a[1], Scalar.FLOAT64), Shapes.of(a[0])));
        def(m, "numpy.ones", "shape, dtype=None, order='C'",
                a -> Creation.full(Shapes.of(a[0]), 1L, NDArrayType.dtypeOr(a[1], Scalar.FLOAT64)));
        def(m, "numpy.full", "shape, fill_value, dtype=None, order='C'",
                a -> Creation.full(Shapes.of(a[0]), a[1], DType.resolve(a[2])));
        def(m, "numpy.zeros_like", "a, dtype=None",
                a -> like(a[0], a[1], 0L));
        def(m, "numpy.empty_like", "a, dtype=None",
                a -> like(a[0], a[1], 0L));
        def(m, "numpy.ones_like", "a, dtype=None",
                a -> like(a[0], a[1], 1L));
        def(m, "numpy.full_like", "a, fill_value, dtype=None",
                a -> like(a[0], a[2], a[1]));
        def(m, "numpy.arange", "start, stop=None, step=None, dtype=None", a -> {
            Object start = a[1] == PyNone.NONE ? 0L : a[0];
            Object stop = a[1] == PyNone.NONE ? a[0] : a[1];
            Object step = a[2] == PyNone.NONE ? 1L : a[2];
            return Creation.arange(start, stop, step, DType.resolve(a[3]));
        });
        def(m, "numpy.linspace", "start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0", a -> {
            if (Ops.isTrue(a[4])) {
                throw org.krait.runtime.PyErrors.notImplemented("linspace(retstep=True) is not supported");
            }
            return Creation.linspace(Creation.toDouble(a[0]), Creation.toDouble(a[1]), Ops.index(a[2]),
                    Ops.isTrue(a[3]), DType.resolve(a[5]));
        });
    }

    private static void def(PyModule m, String name, String spec, org.krait.runtime.BuiltinImpl impl) {
        m.def(name, spec, NumpyTypes.guarded(impl));
    }

    private static int nonNegative(Object v, String name) {
        long n = Ops.index(v);
        if (n < 0) {
            throw org.krait.runtime.PyErrors.valueError(name + " must be >= 0");
        }
        return (int) Math.min(n, Integer.MAX_VALUE);
    }

    private static PyNDArray like(Object a, Object dtype, Object fill) {
        PyNDArray x = Ufuncs.asArray(a);
        return Creation.full(x.shape().clone(), fill, NDArrayType.dtypeOr(dtype, x.dtype()));
    }

    private static void ufuncs(PyModule m) {
        for (BinaryOp op : BinaryOp.values()) {
            def(m, "numpy." + op.ufunc, "x1, x2, /", a -> Ufuncs.binary(op, a[0], a[1]));
        }
        for (Comparison op : Comparison.values()) {
            def(m, "numpy." + op.ufunc, "x1, x2, /", a -> Ufuncs.compare(op, a[0], a[1]));
        }
        for (UnaryOp op : UnaryOp.values()) {
            def(m, "numpy." + op.ufunc, "x, /", a -> Ufuncs.unary(op, a[0]));
        }
        ALIASES.forEach((alias, name) -> m.setAttribute(alias, m.getAttribute(name)));
    }
}
