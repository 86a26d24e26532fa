package org.krait.jit;

import org.krait.jit.array.Elements;
import org.krait.jit.array.NDArray;
import org.krait.jit.array.NDArrayFactory;
import org.krait.jit.types.JitType;
import org.krait.jit.types.Scalar;
import org.krait.jit.types.SignatureParser;
import org.krait.runtime.HostObject;
import org.krait.runtime.Ops;
import org.krait.runtime.PyBuiltinFunction;
import org.krait.runtime.PyDict;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyFunction;
import org.krait.runtime.PyNone;
import org.krait.runtime.PyObject;
import org.krait.runtime.PyType;
import org.krait.runtime.Repr;

import java.util.List;

/**
 * {@code @vectorize}: a universal function built from a scalar function. Called with scalars it is the jitted
 * function; called with arrays (of one shape, scalars mixed in) it applies the function element by element and
 * returns a new array of the result type.
 */
final class Vectorize {
    private Vectorize() {
    }

    static Object decorate(Object first, PyDict kwargs) {
        JitOptions options = Options.parse(kwargs, true);
        if (first instanceof PyFunction f) {
            return new UFunc(new Dispatcher(f, options, List.of()));
        }
        List<SignatureParser.Parsed> signatures = first == PyNone.NONE ? List.of() : Options.signatures(first);
        return new PyBuiltinFunction("kjit.vectorize.<locals>.wrapper", "func, /", a -> {
            if (!(a[0] instanceof PyFunction f)) {
                throw PyErrors.typeError("The decorated object is not a function (got type <class '"
                        + Ops.typeName(a[0]) + "'>).");
            }
            return new UFunc(new Dispatcher(f, options, signatures));
        });
    }

    /** The ufunc object {@code @vectorize} returns. */
    static final class UFunc extends PyObject implements HostObject {
        static final PyType TYPE = PyType.newBuiltin("numba.np.ufunc.dufunc", "DUFunc");
        private final Dispatcher scalar;

        UFunc(Dispatcher scalar) {
            super(TYPE);
            this.scalar = scalar;
        }

        @Override
        public Object attribute(String name) {
            return switch (name) {
                case "__name__" -> scalar.pyFunc().name;
                case "nin" -> (long) scalar.pyFunc().signature().positional();
                case "nout" -> 1L;
                case "py_func" -> scalar.pyFunc();
                default -> null;
            };
        }

        @Override
        public String repr() {
            return "<numba._DUFunc '" + scalar.pyFunc().name + "'>";
        }

        @Override
        public boolean isCallable() {
            return true;
        }

        @Override
        public Object call(Object[] args, String[] kwNames, Object[] kwValues) {
            if (kwNames.length > 0) {
                throw PyErrors.typeError(scalar.pyFunc().name + "() takes no keyword arguments");
            }
            NDArray shapeOf = null;
            for (Object a : args) {
                if (a instanceof NDArray arr) {
                    if (shapeOf != null && !sameShape(shapeOf, arr)) {
                        throw PyErrors.valueError("operands could not be broadcast together with shapes "
                                + shape(shapeOf) + " " + shape(arr));
                    }
                    shapeOf = arr;
                }
            }
            if (shapeOf == null) {
                return scalar.call(args, kwNames, kwValues);
            }
            long n = shapeOf.size();
            Object[] results = new Object[(int) n];
            Object[] elementArgs = new Object[args.length];
            for (long k = 0; k < n; k++) {
                for (int i = 0; i < args.length; i++) {
                    elementArgs[i] = args[i] instanceof NDArray arr ? Elements.get(arr, k) : args[i];
                }
                results[(int) k] = scalar.call(elementArgs.clone(), kwNames, kwValues);
            }
            long[] shape = new long[shapeOf.ndim()];
            for (int d = 0; d < shape.length; d++) {
                shape[d] = shapeOf.shape(d);
            }
            NDArray out = NDArrayFactory.get().zeros(resultType(results), shape);
            for (long k = 0; k < n; k++) {
                Elements.set(out, k, results[(int) k]);
            }
            return out;
        }

        private static Scalar resultType(Object[] results) {
            if (results.length == 0) {
                return Scalar.FLOAT64;
            }
            JitType t = org.krait.jit.types.Typeof.of(results[0]);
            if (!(t instanceof Scalar s) || !s.isNumber()) {
                throw PyErrors.typeError("a vectorized function must return numbers, not " + Repr.repr(results[0]));
            }
            return s;
        }

        private static boolean sameShape(NDArray a, NDArray b) {
            if (a.ndim() != b.ndim()) {
                return false;
            }
            for (int d = 0; d < a.ndim(); d++) {
                if (a.shape(d) != b.shape(d)) {
                    return false;
                }
            }
            return true;
        }

        private static String shape(NDArray a) {
            StringBuilder sb = new StringBuilder("(");
            for (int d = 0; d < a.ndim(); d++) {
                sb.append(a.shape(d)).append(a.ndim() == 1 ? "," : d < a.ndim() - 1 ? "," : "");
            }
            return sb.append(')').toString();
        }
    }
}
