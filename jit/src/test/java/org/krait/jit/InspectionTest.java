package org.krait.jit;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** inspect_types() shows the source with the inferred types; inspect_bytecode() the generated class. */
class InspectionTest {
    @Test
    void inspectTypes() throws IOException {
        String out = JitTestSupport.output("""
                from numba import njit

                @njit
                def fib(n):
                    if n < 2:
                        return n
                    return fib(n - 1) + fib(n - 2)

                @njit
                def mean(a, b):
                    s = a + b
                    return s / 2

                fib(10)
                mean(1, 2.5)
                fib.inspect_types()
                mean.inspect_types()
                """);
        assertTrue(out.startsWith("fib (int64,)\n" + "-".repeat(80) + "\n# File: "), out);
        assertTrue(out.contains("""
                # --- LINE 4 ---\s
                def fib(n):
                #   n = arg(0) :: int64
                # --- LINE 5 ---\s
                    if n < 2:
                    #   n < 2 :: bool
                """), out);
        assertTrue(out.contains("""
                    return fib(n - 1) + fib(n - 2)
                    #   fib(n - 1) :: int64  (calls fib(int64,))
                    #   fib(n - 2) :: int64  (calls fib(int64,))
                    #   $return = fib(n - 1) + fib(n - 2) :: int64
                """), out);
        assertTrue(out.contains("""
                    s = a + b
                    #   s :: float64
                """), out);
        assertTrue(out.contains("# return type :: float64"), out);
    }

    @Test
    void inspectBytecode() throws IOException {
        String out = JitTestSupport.output("""
                from numba import njit

                @njit
                def add(a, b):
                    return a + b

                add(1, 2)
                add(1.0, 2.0)
                text = add.inspect_bytecode(add.signatures[0])
                print('public static add(JJ)J' in text, 'INVOKESTATIC java/lang/Math.addExact (JJ)J' in text)
                all_ = add.inspect_bytecode()
                print(len(all_), 'DADD' in all_[add.signatures[1]])
                """);
        assertEquals("True True\n2 True\n", out);
    }
}
