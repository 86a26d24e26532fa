package org.krait.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Python threads through the polyglot API: the sandbox, GIL statistics and traces, the tick mode, and the end
 * of a context while threads still run.
 */
class ThreadsTest {
    @TempDir
    Path dir;

    private static final String TWO_COUNTERS = """
            import threading
            def count(n):
                while n > 0:
                    n -= 1
            ts = [threading.Thread(target=count, args=(300000,), name="counter-%d" % i) for i in range(2)]
            for t in ts:
                t.start()
            for t in ts:
                t.join()
            """;

    /** The repr of a Python expression's value. */
    private static String eval(Context context, String expression) {
        return context.eval("krait", "repr(" + expression + ")\n").asString();
    }

    @Test
    void threadsNeedPermissionFromTheEmbedder() {
        try (Context context = Context.newBuilder("krait").build()) {
            context.eval("krait", """
                    import _thread
                    try:
                        _thread.start_new_thread(print, ())
                        r = 'started'
                    except RuntimeError as e:
                        r = 'RuntimeError: ' + str(e)
                    """);
            assertEquals("RuntimeError: can't start new thread", context.eval("krait", "r").asString());
        }
    }

    @Test
    void threadingRefusesToStartWithoutPermission() {
        try (Context context = Context.newBuilder("krait").build()) {
            PolyglotException e = org.junit.jupiter.api.Assertions.assertThrows(PolyglotException.class,
                    () -> context.eval("krait", "import threading\nthreading.Thread(target=print).start()\n"));
            assertTrue(e.getMessage().contains("can't start new thread"), e.getMessage());
        }
    }

    @Test
    void gilStatisticsCountSwitchesAndWaits() {
        try (Context context = Context.newBuilder("krait").allowCreateThread(true).build()) {
            context.eval("krait", "import sys\nsys.setswitchinterval(0.001)\n" + TWO_COUNTERS);
            context.eval("krait", """
                    s = sys._gil_stats()
                    names = [t['name'] for t in s['threads']]
                    counters = [t for t in s['threads'] if t['name'].startswith('counter')]
                    """);
            assertEquals("'interval'", eval(context, "s['mode']"));
            assertEquals("0.001", eval(context, "s['switch_interval']"));
            assertEquals("['MainThread', 'counter-0', 'counter-1']", eval(context, "names"));
            assertEquals("True", eval(context, "s['switches'] >= 2"));
            assertEquals("True", eval(context, "all(t['acquisitions'] >= 1 and t['wait_time'] >= 0 for t in counters)"));
            assertEquals("True", eval(context, "s['forced_drops'] <= s['drop_requests']"));
        }
    }

    @Test
    void gilTraceIsChromeTraceEventJson() throws IOException {
        Path trace = dir.resolve("gil.json");
        try (Context context = Context.newBuilder("krait").allowCreateThread(true)
                .option("krait.XOptions", "gil-trace=" + trace).build()) {
            context.eval("krait", TWO_COUNTERS);
        }
        String json = Files.readString(trace, StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\"displayTimeUnit\":\"ms\""), json.substring(0, Math.min(200, json.length())));
        assertTrue(json.contains("\"traceEvents\":["));
        assertTrue(json.trim().endsWith("]}"));
        for (String name : new String[]{"MainThread", "counter-0", "counter-1"}) {
            assertTrue(json.contains("\"args\":{\"name\":\"" + name + "\"}"), name + " has a track");
        }
        Matcher held = Pattern.compile("\\{\"name\":\"GIL held\",\"cat\":\"gil\",\"ph\":\"X\",\"pid\":\\d+,\"tid\":(\\d+),"
                + "\"ts\":[0-9.]+,\"dur\":[0-9.]+\\}").matcher(json);
        java.util.Set<String> holders = new java.util.HashSet<>();
        while (held.find()) {
            holders.add(held.group(1));
        }
        assertTrue(holders.size() >= 3, "GIL held slices of three threads: " + holders);
    }

    @Test
    void tickModeIsSelectedByAnOption() {
        try (Context context = Context.newBuilder("krait").allowCreateThread(true)
                .option("krait.XOptions", "gil=ticks:100").build()) {
            context.eval("krait", "import sys\n" + TWO_COUNTERS);
            context.eval("krait", "s = sys._gil_stats()\n");
            assertEquals("('ticks', 100, 0)", eval(context, "(s['mode'], s['ticks'], s['drop_requests'])"));
        }
    }

    @Test
    void malformedGilOptionsAreRejected() {
        for (String bad : new String[]{"gil=ticks:0", "gil=ticks:x", "gil=fast", "gil-trace"}) {
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> Context.newBuilder("krait").option("krait.XOptions", bad.equals("gil-trace") ? "gil-trace=true" : bad)
                            .build().close(), bad);
            assertTrue(e.getMessage().contains("-X gil"), e.getMessage());
        }
    }

    @Test
    void closingTheContextEndsDaemonThreadsAndJoinsTheOthers() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try (Context context = Context.newBuilder("krait").allowCreateThread(true).out(out).build()) {
                context.eval("krait", """
                        import threading, time, _thread
                        def spin():
                            while True:
                                pass
                        def late():
                            time.sleep(0.1)
                            print("joined at exit")
                        threading.Thread(target=spin, daemon=True).start()
                        threading.Thread(target=time.sleep, args=(100,), daemon=True).start()
                        _thread.start_new_thread(time.sleep, (100,))
                        threading.Thread(target=late).start()
                        """);
            }
        });
        assertEquals("joined at exit\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void javaThreadsTakeTheGilToCallPythonFunctions() throws Exception {
        try (Context context = Context.newBuilder("krait").allowCreateThread(true).build()) {
            context.eval("krait", """
                    total = 0
                    def add(n):
                        global total
                        for _ in range(n):
                            t = total
                            total = t + 1
                    """);
            var add = context.eval("krait", "add");
            Thread[] threads = new Thread[4];
            for (int i = 0; i < threads.length; i++) {
                threads[i] = new Thread(() -> add.execute(20000));
                threads[i].start();
            }
            for (Thread t : threads) {
                t.join();
            }
            // the GIL switches only at loop back-edges and calls, as CPython's does: no update is lost
            assertEquals(80000, context.eval("krait", "total").asLong());
        }
    }
}
