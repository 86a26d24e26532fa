/** Krait's {@code @jit}: type inference over a function's AST and JVM bytecode generation. */
module org.krait.jit {
    requires org.krait.engine;
    requires org.graalvm.truffle;

    // exports org.krait.jit;  (add once the package has a public class; javac rejects exporting an empty package)
}
