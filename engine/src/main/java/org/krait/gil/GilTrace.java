package org.krait.gil;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

/**
 * Records who held the GIL when, and writes it as Chrome trace-event JSON (open it in https://ui.perfetto.dev or
 * chrome://tracing): one track per thread with "GIL held" and "waiting for GIL" slices and the drop requests.
 *
 * <p>Holds and waits are recorded by the GIL holder, so they are already serialized; drop requests come from
 * waiting threads and take the monitor. A release immediately followed by a re-acquisition by the same thread
 * (the tick check, a quick flush) continues the same slice.
 */
final class GilTrace {
    private static final byte HOLD = 0;
    private static final byte WAIT = 1;
    private static final byte DROP_REQUEST = 2;
    /** Gaps shorter than this between two holds of one thread are not shown. */
    private static final long MERGE_NANOS = 20_000;
    /** About 100 MB of events: a longer program's trace stops there and says so. */
    private static final int MAX_EVENTS = 4_000_000;

    private final Path file;
    private final long origin = System.nanoTime();
    private byte[] kinds = new byte[1024];
    private long[] tids = new long[1024];
    private long[] starts = new long[1024];
    private long[] ends = new long[1024];
    private int count;
    private boolean truncated;
    /** The hold slice still open or last closed (index into the arrays), or -1. */
    private int lastHold = -1;

    GilTrace(String file) {
        this.file = Path.of(file);
    }

    /** The holder took the GIL at {@code now}. */
    void acquired(ThreadState t, long now) {
        if (lastHold >= 0 && tids[lastHold] == t.ident() && now - ends[lastHold] < MERGE_NANOS) {
            return; // continue the previous slice
        }
        lastHold = add(HOLD, t.ident(), now, now);
    }

    /** The holder releases the GIL at {@code now}. */
    void released(long now) {
        if (lastHold >= 0) {
            ends[lastHold] = now;
        }
    }

    /** A thread waited from {@code start} to {@code end} (recorded once it holds the GIL). */
    void waited(ThreadState t, long start, long end) {
        add(WAIT, t.ident(), start, end);
    }

    /** A waiting thread asked the holder to drop the GIL. */
    synchronized void dropRequested(ThreadState t, long now) {
        add(DROP_REQUEST, t.ident(), now, now);
    }

    private synchronized int add(byte kind, long tid, long start, long end) {
        if (count == MAX_EVENTS) {
            truncated = true;
            return -1;
        }
        if (count == kinds.length) {
            int n = count * 2;
            kinds = Arrays.copyOf(kinds, n);
            tids = Arrays.copyOf(tids, n);
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
        }
        kinds[count] = kind;
        tids[count] = tid;
        starts[count] = start;
        ends[count] = end;
        return count++;
    }

    /** Writes the file; {@code holding} is true when the GIL is still held (its slice ends now). */
    synchronized void write(Collection<ThreadState> threads, GlobalInterpreterLock gil, boolean holding)
            throws IOException {
        if (holding) {
            released(System.nanoTime());
        }
        long pid = ProcessHandle.current().pid();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"displayTimeUnit\":\"ms\",\"otherData\":{\"mode\":");
            w.write(gil.settings().tickMode() ? "\"ticks:" + gil.settings().ticks() + "\"" : "\"interval\"");
            w.write(",\"switch_interval_s\":" + gil.switchInterval());
            w.write(",\"truncated\":" + truncated + "},\n\"traceEvents\":[\n");
            w.write("{\"name\":\"process_name\",\"ph\":\"M\",\"pid\":" + pid + ",\"args\":{\"name\":\"krait GIL\"}}");
            for (ThreadState t : threads) {
                w.write(",\n{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":" + pid + ",\"tid\":" + t.ident()
                        + ",\"args\":{\"name\":" + jsonString(t.name()) + "}}");
            }
            for (int i = 0; i < count; i++) {
                w.write(",\n");
                String common = ",\"pid\":" + pid + ",\"tid\":" + tids[i] + ",\"ts\":" + micros(starts[i]);
                switch (kinds[i]) {
                    case HOLD -> w.write("{\"name\":\"GIL held\",\"cat\":\"gil\",\"ph\":\"X\"" + common
                            + ",\"dur\":" + duration(starts[i], ends[i]) + "}");
                    case WAIT -> w.write("{\"name\":\"waiting for GIL\",\"cat\":\"gil\",\"ph\":\"X\"" + common
                            + ",\"dur\":" + duration(starts[i], ends[i]) + "}");
                    default -> w.write("{\"name\":\"drop request\",\"cat\":\"gil\",\"ph\":\"i\",\"s\":\"t\"" + common + "}");
                }
            }
            w.write("\n]}\n");
        }
    }

    private String micros(long nanos) {
        return String.format(Locale.ROOT, "%.3f", (nanos - origin) / 1000.0);
    }

    private static String duration(long start, long end) {
        return String.format(Locale.ROOT, "%.3f", (end - start) / 1000.0);
    }

    private static String jsonString(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
