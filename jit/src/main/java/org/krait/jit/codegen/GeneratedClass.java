package org.krait.jit.codegen;

import org.krait.jit.infer.FunctionTyping;

import java.util.List;

/**
 * The bytes of the class generated for one signature: a static method {@code methodName} with the compiled body,
 * the boxed entry {@link CompiledEntry#invoke}, and the class data its call sites and constants need.
 */
public record GeneratedClass(FunctionTyping typing, String methodName, String descriptor, byte[] bytes,
                             List<ClassData> data) {
}
