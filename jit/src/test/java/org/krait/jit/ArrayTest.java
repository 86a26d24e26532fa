package org.krait.jit;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Jitted code over arrays (1–3 dimensions, every dtype, contiguous arrays and strided views). */
class ArrayTest {
    private static final String PRELUDE = "from numba import njit, jit\nfrom _testarrays import array, tolist, transpose\n";

    @Test
    void sumsAndShapes() throws IOException {
        String out = JitTestSupport.output(PRELUDE + """
                @njit
                def total(a):
                    s = 0.0
                    for i in range(a.shape[0]):
                        s += a[i]
                    return s

                @njit
                def total2(m):
                    s = 0
                    for i in range(m.shape[0]):
                        for j in range(m.shape[1]):
                            s += m[i, j] * (i + 1)
                    return s, m.shape, m.size, m.ndim, len(m)

                @njit
                def total3(c):
                    s = 0
                    n0, n1, n2 = c.shape
                    for i in range(n0):
                        for j in range(n1):
                            for k in range(n2):
                                s += c[i, j, k]
                    return s

                a = array('float64', (4,), [1.5, 2.5, 3.0, 4.0])
                m = array('int64', (2, 3), [1, 2, 3, 4, 5, 6])
                c = array('int32', (2, 2, 2), [1, 2, 3, 4, 5, 6, 7, 8])
                print(total(a), total2(m), total3(c))
                print(total.signatures, total2.signatures, total3.signatures)
                """);
        assertEquals("11.0 (36, (2, 3), 6, 2, 2) 36\n"
                + "[(array(float64, 1d, C),)] [(array(int64, 2d, C),)] [(array(int32, 3d, C),)]\n", out);
    }

    @Test
    void storesConvertToTheDtype() throws IOException {
        String out = JitTestSupport.output(PRELUDE + """
                @njit
                def fill(a, v):
                    for i in range(len(a)):
                        a[i] = v * i
                    a[-1] += 1

                for dtype in ('int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'float32', 'float64', 'bool'):
                    a = array(dtype, (4,), [0, 0, 0, 0])
                    fill(a, 100)
                    print(dtype, tolist(a))
                z = array('complex128', (3,), [0, 0, 0])
                fill(z, 1.5j)
                print(tolist(z))
                f = array('float64', (3,), [0, 0, 0])
                fill(f, 2)
                print(tolist(f))
                """);
        assertEquals("""
                int8 [0, 100, -56, 45]
                uint8 [0, 100, 200, 45]
                int16 [0, 100, 200, 301]
                uint16 [0, 100, 200, 301]
                int32 [0, 100, 200, 301]
                uint32 [0, 100, 200, 301]
                int64 [0, 100, 200, 301]
                float32 [0.0, 100.0, 200.0, 301.0]
                float64 [0.0, 100.0, 200.0, 301.0]
                bool [False, True, True, True]
                [0j, 1.5j, (1+3j)]
                [0.0, 2.0, 5.0]
                """, out);
    }

    @Test
    void stridedViewsAndSlices() throws IOException {
        String out = JitTestSupport.output(PRELUDE + """
                @njit
                def row_sums(m):
                    out = 0.0
                    for row in m:
                        out = out * 10 + row[0] + row[-1]
                    return out

                @njit
                def diag(m):
                    s = 0
                    for i in range(min(m.shape[0], m.shape[1])):
                        s += m[i, i]
                    return s

                @njit
                def slices(a):
                    b = a[1:5]
                    c = a[::2]
                    d = a[::-1]
                    return b[0], len(b), c[1], len(c), d[0], c.strides

                @njit
                def row(m, i):
                    r = m[i]
                    r[0] = -1
                    return r[1] + r[2], m[i, 0]

                m = array('float64', (3, 3), [1, 2, 3, 4, 5, 6, 7, 8, 9])
                t = transpose(m)
                print(row_sums(m), row_sums(t), diag(t))
                print(row_sums.signatures)
                print(slices(array('int64', (6,), [10, 11, 12, 13, 14, 15])))
                print(row(m, 1), tolist(m))
                """);
        assertEquals("""
                516.0 912.0 15.0
                [(array(float64, 2d, C),), (array(float64, 2d, F),)]
                (11, 4, 12, 3, 15, (16,))
                (11.0, -1.0) [1.0, 2.0, 3.0, -1.0, 5.0, 6.0, 7.0, 8.0, 9.0]
                """, out);
    }

    @Test
    void negativeIndicesAndBoundscheck() throws IOException {
        JitTestSupport.Run r = JitTestSupport.run(PRELUDE + """
                @njit
                def last(a):
                    return a[-1] + a[-2]

                @njit(boundscheck=True)
                def at(a, i):
                    return a[i]

                a = array('int64', (3,), [1, 2, 3])
                print(last(a), at(a, -3))
                try:
                    at(a, 3)
                except IndexError as e:
                    print('IndexError', e)
                """);
        assertEquals(0, r.status(), r.err());
        assertEquals("5 1\nIndexError index 3 is out of bounds for axis 0 with size 3\n", r.out());
    }

    @Test
    void explicitArraySignature() throws IOException {
        String out = JitTestSupport.output(PRELUDE + """
                @jit("float64(float64[:])", nopython=True)
                def norm1(v):
                    s = 0.0
                    for x in v:
                        s += abs(x)
                    return s

                @njit("void(float64[:, :], float64)")
                def scale(m, k):
                    for i in range(m.shape[0]):
                        for j in range(m.shape[1]):
                            m[i, j] *= k

                v = array('float64', (3,), [-1.5, 2.0, -0.5])
                m = array('float64', (2, 2), [1, 2, 3, 4])
                scale(m, 0.5)
                print(norm1(v), norm1.signatures, tolist(m), scale(m, 2.0))
                """);
        assertEquals("4.0 [(array(float64, 1d, A),)] [0.5, 1.0, 1.5, 2.0] None\n", out);
    }

    @Test
    void maxOverAnArrayAndUint64() throws IOException {
        JitTestSupport.Run r = JitTestSupport.run(PRELUDE + """
                @njit
                def extremes(a):
                    return max(a), min(a)

                @njit
                def first(a):
                    return a[0]

                print(extremes(array('float64', (3,), [2.5, -1.0, 7.0])), extremes(array('int16', (2,), [5, -3])))
                try:
                    first(array('uint64', (1,), [-1]))
                except OverflowError as e:
                    print('OverflowError', e)
                """);
        assertEquals(0, r.status(), r.err());
        assertEquals("(7.0, -1.0) (5, -3)\nOverflowError uint64 value 18446744073709551615 does not fit in int64\n",
                r.out());
    }

    @Test
    void arraysMadeInJittedCode() throws IOException {
        String out = JitTestSupport.output(PRELUDE + """
                import numpy as np

                @njit
                def grid(n, m):
                    g = np.zeros((n, m), dtype=np.int32)
                    for i in range(n):
                        for j in range(m):
                            g[i, j] = i * 10 + j
                    return g

                @njit
                def weights(n):
                    w = np.ones(n)
                    e = np.empty(3, np.complex128)
                    b = np.zeros(2, 'bool')
                    w[0] = np.sqrt(16.0) + np.pi - np.pi
                    return w, e, b, 0

                g = grid(2, 3)
                print(tolist(g), g, grid.signatures, grid.inspect_types is not None)
                w, e, b, _ = weights(3)
                print(tolist(w), tolist(e), tolist(b))
                """);
        assertEquals("[0, 1, 2, 10, 11, 12] array([0, 1, 2, 10, 11, 12]) [(int64, int64)] True\n"
                + "[4.0, 1.0, 1.0] [0j, 0j, 0j] [False, False]\n", out);
    }

    @Test
    void reductions() throws IOException {
        String out = JitTestSupport.output(PRELUDE + """
                import numpy as np

                @njit
                def stats(a):
                    return a.sum(), a.prod(), a.min(), a.max(), a.mean(), np.sum(a), np.mean(a)

                m = array('int32', (2, 3), [1, 2, 3, 4, 5, 6])
                print(stats(m))
                print(stats(array('float64', (3,), [0.5, -1.5, 4.0])))
                print(stats(transpose(array('int64', (2, 2), [1, 2, 3, 4]))))
                print(stats(array('bool', (3,), [True, False, True])))
                try:
                    stats(array('float64', (0,), []))
                except ValueError as e:
                    print('ValueError', e)
                """);
        assertEquals("""
                (21, 720, 1, 6, 3.5, 21, 3.5)
                (3.0, -3.0, -1.5, 4.0, 1.0, 3.0, 1.0)
                (10, 24, 1, 4, 2.5, 10, 2.5)
                (2, 0, False, True, 0.6666666666666666, 2, 0.6666666666666666)
                ValueError zero-size array to reduction operation minimum which has no identity
                """, out);
    }
}
