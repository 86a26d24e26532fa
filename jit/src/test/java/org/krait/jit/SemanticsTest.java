package org.krait.jit;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Behaviour where Krait's @jit follows Python rather than Numba, and features beyond the conformance programs. */
class SemanticsTest {
    @Test
    void unassignedVariablesRaise() throws IOException {
        String out = JitTestSupport.output("""
                from numba import njit

                @njit
                def maybe(x):
                    if x > 0:
                        z = 1
                    return z

                @njit
                def last(n):
                    for i in range(n):
                        found = i
                    return found

                print(maybe(1), last(3))
                for f, a in ((maybe, -1), (last, 0)):
                    try:
                        f(a)
                    except UnboundLocalError as e:
                        print(e)
                """);
        assertEquals("""
                1 2
                cannot access local variable 'z' where it is not associated with a value
                cannot access local variable 'found' where it is not associated with a value
                """, out);
    }

    @Test
    void printInsideJittedCode() throws IOException {
        String out = JitTestSupport.output("""
                from numba import njit

                @njit(nogil=True)
                def show(n):
                    for i in range(n):
                        print("i =", i, i / 4, (i, i > 0))
                    print()

                show(2)
                """);
        assertEquals("i = 0 0.0 (0, False)\ni = 1 0.25 (1, True)\n\n", out);
    }

    @Test
    void objectModeFallback() throws IOException {
        JitTestSupport.Run r = JitTestSupport.run("""
                from numba import jit

                @jit(nopython=False)
                def joined(words):
                    return "-".join(words)

                @jit(forceobj=True)
                def doubled(x):
                    return x * 2

                print(joined(["a", "b"]), doubled([1]), doubled.signatures)
                """);
        assertEquals(0, r.status(), r.err());
        assertEquals("a-b [1, 1] [(pyobject,)]\n", r.out());
        assertTrue(r.err().contains("NumbaWarning: Compilation is falling back to object mode"), r.err());
    }

    @Test
    void optionalReturnsAndMutualRecursion() throws IOException {
        String out = JitTestSupport.output("""
                from numba import njit

                @njit
                def find(n, target):
                    for i in range(n):
                        if i * i == target:
                            return i
                    return None

                @njit
                def hofstadter_f(n):
                    return 1 if n == 0 else n - hofstadter_m(hofstadter_f(n - 1))

                @njit
                def hofstadter_m(n):
                    return 0 if n == 0 else n - hofstadter_f(hofstadter_m(n - 1))

                print(find(10, 49), find(10, 50), find.signatures)
                print([hofstadter_f(i) for i in range(10)], hofstadter_m.signatures)
                """);
        assertEquals("7 None [(int64, int64)]\n[1, 1, 2, 2, 3, 3, 4, 5, 5, 6] [(int64,)]\n", out);
    }

    @Test
    void vectorize() throws IOException {
        String out = JitTestSupport.output("""
                from numba import vectorize
                from _testarrays import array, tolist

                @vectorize
                def clip(x, lo):
                    return lo if x < lo else x

                @vectorize(["float64(float64)"])
                def half(x):
                    return x / 2

                print(clip(3, 5), clip(7.5, 5), half(3))
                a = array('int64', (2, 2), [1, 6, 3, 8])
                print(tolist(clip(a, 4)), tolist(half(array('float64', (3,), [1, 2, 3]))), clip.__name__)
                """);
        assertEquals("5 7.5 1.5\n[4, 6, 4, 8] [0.5, 1.0, 1.5] clip\n", out);
    }

    @Test
    void typingErrorFormat() throws IOException {
        JitTestSupport.Run r = JitTestSupport.run("""
                from numba import njit

                @njit
                def f(x):
                    y = x + 1
                    return y + (1, 2)

                f(1)
                """);
        assertEquals(1, r.status());
        assertTrue(r.err().endsWith("""
                numba.core.errors.TypingError: No implementation of function Function(<built-in function add>) found for signature:
                \s
                 >>> add(int64, UniTuple(int64 x 2))
                """.stripTrailing().replace("\n", System.lineSeparator()) + "\n\nFile \"" + r.err().split("File \"")[2]), r.err());
        assertTrue(r.err().contains("""
                line 6:
                    return y + (1, 2)
                           ^^^^^^^^^^
                """), r.err());
    }

    @Test
    void narrowSignaturesAreChecked() throws IOException {
        String out = JitTestSupport.output("""
                from numba import njit

                @njit("int32(int32)")
                def inc(x):
                    return x + 1

                @njit
                def use(v):
                    return inc(v)

                @njit("float32(float32)")
                def third(x):
                    return x / 3

                print(use(41), third(1.0))
                for f, arg in ((use, 2 ** 40), (inc, 2 ** 31 - 1)):
                    try:
                        f(arg)
                    except OverflowError as e:
                        print("OverflowError:", e)
                """);
        assertEquals("42 0.3333333432674408\n"
                + "OverflowError: value 1099511627776 does not fit in int32\n"
                + "OverflowError: value 2147483648 does not fit in int32\n", out);
    }
}
