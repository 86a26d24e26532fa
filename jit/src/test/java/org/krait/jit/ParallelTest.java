package org.krait.jit;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** parallel=True with prange: iterations split over a fork/join pool, += and *= reductions combined. */
class ParallelTest {
    private static final String PRELUDE = "from numba import njit, prange\nfrom _testarrays import array, tolist\n";

    @Test
    void reductions() throws IOException {
        String out = JitTestSupport.output(PRELUDE + """
                @njit(parallel=True)
                def stats(n):
                    total = 0
                    squares = 0.0
                    product = 1
                    negative = 0
                    for i in prange(n):
                        total += i
                        squares += i * i
                        if i < 10:
                            product *= 2
                        negative -= 1
                    return total, squares, product, negative

                @njit(parallel=True)
                def step_range(a, b, c):
                    s = 0
                    for i in prange(a, b, c):
                        s += i
                    return s

                print(stats(100000), stats(0), stats(3))
                print(step_range(10, 100, 7), step_range(100, 10, -9), sum(range(10, 100, 7)), sum(range(100, 10, -9)))
                """);
        assertEquals("(4999950000, 333328333350000.0, 1024, -100000) (0, 0.0, 1, 0) (3, 5.0, 8, -3)\n"
                + "676 595 676 595\n", out);
    }

    @Test
    void arrayWritesInParallel() throws IOException {
        String out = JitTestSupport.output(PRELUDE + """
                @njit(parallel=True)
                def squares(out):
                    for i in prange(len(out)):
                        t = i * i
                        out[i] = t

                a = array('int64', (1000,), [0] * 1000)
                squares(a)
                values = tolist(a)
                print(values[:5], values[-1], all(values[i] == i * i for i in range(1000)))
                """);
        assertEquals("[0, 1, 4, 9, 16] 998001 True\n", out);
    }

    @Test
    void withoutParallelPrangeIsRange() throws IOException {
        String out = JitTestSupport.output(PRELUDE + """
                @njit
                def total(n):
                    s = 0
                    for i in prange(n):
                        s += i
                    return s

                def interpreted(n):
                    s = 0
                    for i in prange(n):
                        s += i
                    return s

                print(total(10), interpreted(10), list(prange(3)))
                """);
        assertEquals("45 45 [0, 1, 2]\n", out);
    }

    @Test
    void readingAReductionIsRefused() throws IOException {
        JitTestSupport.Run r = JitTestSupport.run(PRELUDE + """
                @njit(parallel=True)
                def bad(n):
                    s = 0
                    for i in prange(n):
                        s += i
                        if s > 10:
                            s += 1
                    return s

                bad(5)
                """);
        assertEquals(1, r.status());
        assertTrue(r.err().contains("'s' is a reduction variable of a prange loop"), r.err());
    }

    @Test
    void exceptionsInChunksPropagate() throws IOException {
        String out = JitTestSupport.output(PRELUDE + """
                @njit(parallel=True)
                def inverse_sum(n, zero_at):
                    s = 0.0
                    for i in prange(n):
                        s += 1.0 / (i - zero_at)
                    return s

                try:
                    inverse_sum(1000, 500)
                except ZeroDivisionError as e:
                    print('ZeroDivisionError', e)
                """);
        assertEquals("ZeroDivisionError division by zero\n", out);
    }
}
