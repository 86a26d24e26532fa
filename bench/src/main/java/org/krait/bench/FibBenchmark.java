package org.krait.bench;

import java.util.concurrent.TimeUnit;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** Calls a Krait {@code fib(20)} through the polyglot API: the cost of Python calls and int arithmetic. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FibBenchmark {
    private Context context;
    private Value fib;

    @Setup
    public void setUp() {
        context = Context.newBuilder("krait").option("engine.WarnInterpreterOnly", "false").build();
        context.eval("krait", """
                        def fib(n):
                            if n < 2:
                                return n
                            return fib(n - 1) + fib(n - 2)
                        """);
        fib = context.getBindings("krait").getMember("fib");
    }

    @Benchmark
    public long fib20() {
        return fib.execute(20).asLong();
    }

    @TearDown
    public void tearDown() {
        context.close();
    }
}
