/**
 * Krait's {@code @jit}: type inference over a function's syntax tree, JVM bytecode generation with ASM (one hidden
 * class per compiled signature), the dispatcher, and the {@code kjit} and {@code numba} modules.
 */
module org.krait.jit {
    requires org.krait.engine;
    requires org.graalvm.truffle;
    requires org.objectweb.asm;
    requires org.objectweb.asm.util;

    // generated classes call these helpers; arrays are the interface a numpy module implements
    exports org.krait.jit;
    exports org.krait.jit.array;
    exports org.krait.jit.types;
    exports org.krait.jit.codegen;
    exports org.krait.jit.parallel;

    uses org.krait.jit.array.NDArrayFactory;

    provides org.krait.runtime.ModuleProvider with org.krait.jit.KjitModule;
    provides org.krait.runtime.LibraryProvider with org.krait.jit.JitLibrary;
}
