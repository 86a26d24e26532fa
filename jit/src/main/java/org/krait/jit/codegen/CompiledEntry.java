package org.krait.jit.codegen;

/**
 * The boxed entry point of one compiled signature, implemented by its generated class: unboxes the arguments,
 * runs the compiled method and boxes the result.
 */
public interface CompiledEntry {
    Object invoke(Object[] args);
}
