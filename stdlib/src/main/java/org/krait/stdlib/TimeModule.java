package org.krait.stdlib;

import org.krait.gil.GlobalInterpreterLock;
import org.krait.gil.Timeouts;
import org.krait.runtime.KraitContext;
import org.krait.runtime.Ops;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyModule;
import org.krait.runtime.PyNone;

import java.lang.management.ManagementFactory;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** The {@code time} module (clocks and sleep). */
public final class TimeModule implements org.krait.runtime.ModuleProvider {
    @Override
    public Set<String> moduleNames() {
        return Set.of("time");
    }

    @Override
    public PyModule create(String name, KraitContext context) {
        PyModule m = new PyModule("time");
        m.def("time.time", "", a -> epochNanos() / 1e9);
        m.def("time.time_ns", "", a -> epochNanos());
        m.def("time.perf_counter", "", a -> System.nanoTime() / 1e9);
        m.def("time.perf_counter_ns", "", a -> System.nanoTime());
        m.def("time.monotonic", "", a -> System.nanoTime() / 1e9);
        m.def("time.monotonic_ns", "", a -> System.nanoTime());
        m.def("time.process_time", "", a -> processCpuNanos() / 1e9);
        m.def("time.process_time_ns", "", a -> processCpuNanos());
        m.def("time.thread_time", "", a -> threadCpuNanos() / 1e9);
        m.def("time.thread_time_ns", "", a -> threadCpuNanos());
        TimeCalendar.install(m, context);
        m.def("time.sleep", "secs, /", a -> {
            double s = a[0] instanceof Double d ? d : (double) Ops.index(a[0]);
            if (s < 0) {
                throw PyErrors.valueError("sleep length must be non-negative");
            }
            // other threads run meanwhile; Ctrl-C's KeyboardInterrupt ends the sleep early
            GlobalInterpreterLock.blocking(null, deadline -> {
                for (long left; (left = Timeouts.remaining(deadline)) > 0; ) {
                    TimeUnit.NANOSECONDS.sleep(left);
                }
                return null;
            }, Timeouts.deadline(s));
            return PyNone.NONE;
        });
        return m;
    }

    /** The system clock with the resolution the JDK has (microseconds here), not milliseconds. */
    private static long epochNanos() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /** CPU time of the whole process, every thread included (the JIT compilers' and the GC's too), as CPython. */
    private static long processCpuNanos() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return os.getProcessCpuTime();
    }

    private static long threadCpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
