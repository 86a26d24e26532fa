package org.krait.jit;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** int64 arithmetic that overflows raises OverflowError (Numba wraps around silently); overflow='wrap' opts out. */
class OverflowTest {
    @Test
    void overflowRaises() throws IOException {
        String out = JitTestSupport.output("""
                from numba import njit

                @njit
                def square(a):
                    return a * a

                @njit
                def ops(a, b, k):
                    if k == 0:
                        return a + b
                    if k == 1:
                        return a - b
                    if k == 2:
                        return -a
                    if k == 3:
                        return a ** b
                    if k == 4:
                        return a << b
                    if k == 5:
                        return abs(a)
                    if k == 6:
                        return a // b
                    return int(a * 1e30)

                def attempt(f, *args):
                    try:
                        print(f(*args))
                    except OverflowError as e:
                        print('OverflowError:', e)

                attempt(square, 3037000499)
                attempt(square, 3037000500)
                big = 2 ** 63 - 1
                low = -2 ** 63
                for args in ((big, 1, 0), (low, 1, 1), (low, 0, 2), (3, 40, 3), (3, 39, 3), (1, 63, 4), (1, 62, 4),
                             (low, 0, 5), (low, -1, 6), (7, 0, 7)):
                    attempt(ops, *args)
                """);
        assertEquals("""
                9223372030926249001
                OverflowError: int64 overflow in jitted function 'square'
                OverflowError: int64 overflow in jitted function 'ops'
                OverflowError: int64 overflow in jitted function 'ops'
                OverflowError: int64 overflow in jitted function 'ops'
                OverflowError: int64 overflow in jitted function 'ops'
                4052555153018976267
                OverflowError: int64 overflow in jitted function 'ops'
                4611686018427387904
                OverflowError: int64 overflow in jitted function 'ops'
                OverflowError: int64 overflow in jitted function 'ops'
                OverflowError: int64 overflow in jitted function 'ops'
                """, out);
    }

    @Test
    void wrapOptOut() throws IOException {
        String out = JitTestSupport.output("""
                from numba import njit

                @njit(overflow='wrap')
                def lcg(x, n):
                    for i in range(n):
                        x = x * 6364136223846793005 + 1442695040888963407
                    return x

                print(lcg(1, 3), lcg(2 ** 62, 1))
                """);
        assertEquals("-6486624265480721906 6054381059316351311\n", out);
    }

    @Test
    void bigIntArgumentsAreRefused() throws IOException {
        JitTestSupport.Run r = JitTestSupport.run("""
                from numba import njit

                @njit
                def ident(a):
                    return a

                ident(2 ** 64)
                """);
        assertEquals(1, r.status());
        assertEquals("- argument 0: Int value is too large: 18446744073709551616", r.lastErrorLine());
    }
}
