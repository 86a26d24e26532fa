package org.krait.jit;

import org.krait.jit.array.Elements;
import org.krait.jit.array.NDArray;
import org.krait.jit.array.NDArrayFactory;
import org.krait.jit.array.StridedArray;
import org.krait.jit.types.Scalar;
import org.krait.runtime.HostObject;
import org.krait.runtime.KraitContext;
import org.krait.runtime.ModuleProvider;
import org.krait.runtime.PyList;
import org.krait.runtime.PyModule;
import org.krait.runtime.PyObject;
import org.krait.runtime.PyTuple;
import org.krait.runtime.PyType;
import org.krait.runtime.Repr;

import java.util.Set;

/**
 * A stand-in for numpy in the tests of jitted array code: module {@code _testarrays} makes arrays
 * ({@code array('float64', (2, 3), [...])}, {@code transpose(a)}) and lists their elements ({@code tolist(a)});
 * an empty module named {@code numpy} lets jitted code use {@code np.zeros}; as the array factory it makes the
 * arrays jitted code creates.
 */
public final class TestArrays implements ModuleProvider, NDArrayFactory {
    @Override
    public Set<String> moduleNames() {
        return Set.of("_testarrays", "numpy");
    }

    @Override
    public NDArray zeros(Scalar dtype, long[] shape) {
        return new TestArray(StridedArray.zeros(dtype, shape));
    }

    @Override
    public NDArray view(NDArray base, long offset, long[] shape, long[] strides) {
        return new TestArray(new StridedArray(base.dtype(), base.data(), offset, shape, strides));
    }

    @Override
    public PyModule create(String name, KraitContext context) {
        PyModule m = new PyModule(name);
        if (name.equals("numpy")) {
            return m;
        }
        m.def("_testarrays.array", "dtype, shape, values", a -> {
            Scalar dtype = java.util.Arrays.stream(Scalar.values()).filter(t -> t.typeName().equals(a[0]))
                    .findFirst().orElseThrow();
            Object[] dims = ((PyTuple) a[1]).items();
            long[] shape = new long[dims.length];
            for (int i = 0; i < dims.length; i++) {
                shape[i] = (Long) dims[i];
            }
            TestArray arr = new TestArray(StridedArray.zeros(dtype, shape));
            Object[] values = ((PyList) a[2]).toArray();
            for (int k = 0; k < values.length; k++) {
                Elements.set(arr, k, values[k]);
            }
            return arr;
        });
        m.def("_testarrays.tolist", "a", a -> new PyList(elements((NDArray) a[0])));
        m.def("_testarrays.transpose", "a", a -> {
            NDArray x = (NDArray) a[0];
            long[] shape = new long[x.ndim()];
            long[] strides = new long[x.ndim()];
            for (int d = 0; d < x.ndim(); d++) {
                shape[d] = x.shape(x.ndim() - 1 - d);
                strides[d] = x.stride(x.ndim() - 1 - d);
            }
            return new TestArray(new StridedArray(x.dtype(), x.data(), x.offset(), shape, strides));
        });
        return m;
    }

    static Object[] elements(NDArray a) {
        Object[] out = new Object[(int) a.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = Elements.get(a, k);
        }
        return out;
    }

    /** An array as Krait code sees it in these tests. */
    static final class TestArray extends PyObject implements NDArray, HostObject {
        static final PyType TYPE = PyType.newBuiltin("_testarrays", "ndarray");
        private final NDArray a;

        TestArray(NDArray a) {
            super(TYPE);
            this.a = a;
        }

        @Override
        public Scalar dtype() {
            return a.dtype();
        }

        @Override
        public int ndim() {
            return a.ndim();
        }

        @Override
        public long shape(int dim) {
            return a.shape(dim);
        }

        @Override
        public long stride(int dim) {
            return a.stride(dim);
        }

        @Override
        public long offset() {
            return a.offset();
        }

        @Override
        public Object data() {
            return a.data();
        }

        @Override
        public Object attribute(String name) {
            return null;
        }

        @Override
        public String repr() {
            return "array(" + Repr.repr(new PyList(elements(this))) + ")";
        }
    }

}
