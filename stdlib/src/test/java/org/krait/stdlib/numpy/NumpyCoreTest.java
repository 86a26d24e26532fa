package org.krait.stdlib.numpy;

import org.junit.jupiter.api.Test;
import org.krait.jit.array.Elements;
import org.krait.jit.array.NDArray;
import org.krait.jit.types.Scalar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Java core of numpy without an interpreter: storage, views, promotion, kernels, summation and printing. */
class NumpyCoreTest {
    private static String repr(PyNDArray a) {
        return ArrayFormat.repr(a, PrintOptions.DEFAULT);
    }

    private static String str(PyNDArray a) {
        return ArrayFormat.str(a, PrintOptions.DEFAULT);
    }

    private static PyNDArray doubles(double... values) {
        return PyNDArray.of(Scalar.FLOAT64, values.clone(), new long[]{values.length});
    }

    private static PyNDArray arange(int n, long... shape) {
        long[] data = new long[n];
        for (int i = 0; i < n; i++) {
            data[i] = i;
        }
        return PyNDArray.of(Scalar.INT64, data, shape);
    }

    @Test
    void floatsPrintAsNumpy() {
        assertEquals("array([0. , 0.5, 1. ])", repr(doubles(0, 0.5, 1)));
        assertEquals("[0.  0.5 1. ]", str(doubles(0, 0.5, 1)));
        assertEquals("array([1.e+10, 1.e+00])", repr(doubles(1e10, 1)));
        assertEquals("array([1.e-05, 1.e+00,    nan])", repr(doubles(1e-5, 1, Double.NaN)));
        assertEquals("array([0.3       , 0.33333333])", repr(doubles(0.1 + 0.2, 1.0 / 3)));
        assertEquals("array([-0. ,  1.5])", repr(doubles(-0.0, 1.5)));
    }

    @Test
    void otherDtypesPrintWithTheirSuffix() {
        PyNDArray i32 = Conversions.astype(arange(3, 3), Scalar.INT32);
        assertEquals("array([0, 1, 2], dtype=int32)", repr(i32));
        assertEquals("array([False,  True,  True])", repr(Conversions.astype(arange(3, 3), Scalar.BOOL)));
        assertEquals("array([], shape=(2, 0), dtype=float64)", repr(PyNDArray.zeros(Scalar.FLOAT64,
                new long[]{2, 0})));
    }

    @Test
    void longRowsWrapAndLargeArraysAreSummarised() {
        String wrapped = str(arange(40, 40));
        assertEquals("[ 0  1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17 18 19 20 21 22 23\n"
                + " 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39]", wrapped);
        assertEquals("[   0    1    2 ... 1997 1998 1999]", str(arange(2000, 2000)));
    }

    @Test
    void stridedViewsShareTheData() {
        PyNDArray m = Conversions.astype(arange(100, 10, 10), Scalar.FLOAT64);
        PyNDArray view = m.view(1, new long[]{4, 3}, new long[]{30, 4});
        assertEquals("array([[ 1.,  5.,  9.],\n       [31., 35., 39.],\n       [61., 65., 69.],\n"
                + "       [91., 95., 99.]])", repr(view));
        assertEquals("array([184., 200., 216.])", repr((PyNDArray) Reduction.SUM.apply(view, 0, 0)));
        Elements.set(view, 0, -1.0);
        assertEquals(-1.0, ((double[]) m.data())[1]);
        assertFalse(view.isCContiguous());
        assertTrue(Conversions.transpose(arange(6, 2, 3)).isFContiguous());
    }

    @Test
    void promotionFollowsNumpy() {
        assertSame(Scalar.INT64, Promotion.promote(Scalar.INT32, Scalar.INT64));
        assertSame(Scalar.FLOAT64, Promotion.promote(Scalar.INT32, Scalar.FLOAT32));
        assertSame(Scalar.FLOAT32, Promotion.promote(Scalar.INT16, Scalar.FLOAT32));
        assertSame(Scalar.INT16, Promotion.promote(Scalar.UINT8, Scalar.INT8));
        assertSame(Scalar.FLOAT64, Promotion.promote(Scalar.UINT64, Scalar.INT64));
        // a Python scalar adopts the array's dtype unless its kind is higher
        assertSame(Scalar.INT32, Promotion.result(Scalar.INT32, false, Scalar.INT64, true, Creation.scalar(5L)));
        assertSame(Scalar.FLOAT64, Promotion.result(Scalar.INT32, false, Scalar.FLOAT64, true, Creation.scalar(0.5)));
        assertSame(Scalar.FLOAT32, Promotion.result(Scalar.FLOAT64, true, Scalar.FLOAT32, false, Creation.scalar(0.5)));
    }

    @Test
    void kernelsBroadcastAndWrap() {
        PyNDArray m = arange(6, 2, 3);
        PyNDArray row = PyNDArray.of(Scalar.INT64, new long[]{10, 20, 30}, new long[]{3});
        PyNDArray sum = (PyNDArray) Elementwise.binary(BinaryOp.ADD, new Operand(m, false), new Operand(row, false));
        assertArrayEquals(new long[]{10, 21, 32, 13, 24, 35}, (long[]) sum.data());
        PyNDArray i8 = PyNDArray.of(Scalar.INT8, new byte[]{127}, new long[]{1});
        PyNDArray wrapped = (PyNDArray) Elementwise.binary(BinaryOp.ADD, new Operand(i8, false),
                new Operand(Creation.scalar(1L), true));
        assertEquals(Scalar.INT8, wrapped.dtype());
        assertEquals(-128L, Scalars.item(wrapped, 0));
    }

    @Test
    void floatSumsArePairwise() {
        double[] x = new double[1000];
        for (int i = 0; i < x.length; i++) {
            x[i] = i * 0.1;
        }
        assertEquals(49950.0, Reduction.SUM.apply(doubles(x), null, 0));
    }

    @Test
    void jittedCodeMakesNumpyArrays() {
        NDArray z = new NumpyArrays().zeros(Scalar.INT32, new long[]{2, 2});
        assertTrue(z instanceof PyNDArray);
        NDArray v = new NumpyArrays().view(z, 1, new long[]{2}, new long[]{2});
        Elements.set(v, 1, 7L);
        assertEquals("array([[0, 0],\n       [0, 7]], dtype=int32)", repr((PyNDArray) z));
    }
}
