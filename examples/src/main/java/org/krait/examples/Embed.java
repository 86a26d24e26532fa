package org.krait.examples;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * Embedding Krait in a Java application with the GraalVM polyglot API.
 *
 * <p>Run it (after {@code bin/krait --version} has built everything once):
 * <pre>
 * build/jdk/bin/java -p build/current/modules -m org.krait.examples/org.krait.examples.Embed
 * </pre>
 */
public final class Embed {
    private Embed() {
    }

    public static void main(String[] args) {
        // A context is one Python interpreter (with its own GIL). By default it is sandboxed: no access to
        // host classes, files, processes, threads or environment variables unless the builder allows it.
        try (Context context = Context.newBuilder("krait")
                        .allowAllAccess(false)
                        // Without the Graal compiler on the module path Truffle runs interpreter-only; don't warn.
                        .option("engine.WarnInterpreterOnly", "false")
                        .build()) {

            // 1. Define a function in Krait and call it from Java.
            context.eval("krait", """
                            def fib(n):
                                return n if n < 2 else fib(n - 1) + fib(n - 2)
                            """);
            Value fib = context.getBindings("krait").getMember("fib");
            System.out.println("fib(20) = " + fib.execute(20).asLong());

            // 2. Values cross the boundary: Java numbers and strings become Python int and str.
            context.eval("krait", "def greet(name):\n    return 'hello, ' + name + '!'\n");
            Value greet = context.getBindings("krait").getMember("greet");
            System.out.println(greet.execute("Java").asString());

            // 3. The sandbox: this context may not read files, so Python sees an exception.
            try {
                context.eval("krait", "open('/etc/hostname').read()");
                System.out.println("read a file (unexpected in a sandboxed context)");
            } catch (PolyglotException e) {
                System.out.println("sandboxed: " + e.getMessage());
            }
        }
    }
}
