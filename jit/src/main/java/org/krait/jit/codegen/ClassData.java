package org.krait.jit.codegen;

import org.krait.jit.infer.FunctionTyping;
import org.krait.runtime.PyType;

/**
 * One entry of a generated class's class data, described symbolically so that the class bytes can be cached on
 * disk and the entries resolved again in another process.
 */
public sealed interface ClassData {
    /** The call site of a call to another compiled function ({@code invokedynamic}). */
    record Callee(FunctionTyping callee) implements ClassData {
    }

    /** An exception class that {@code raise} instantiates. */
    record ExceptionClass(PyType type) implements ClassData {
    }
}
