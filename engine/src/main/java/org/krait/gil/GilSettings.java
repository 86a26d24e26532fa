package org.krait.gil;

import java.util.Map;

/**
 * How a context's GIL behaves, from the launcher's {@code -X} options:
 * <ul>
 * <li>{@code -X gil=interval} (default): CPython 3's time-based lock. A thread that waited a whole switch interval
 * asks the holder to drop it.</li>
 * <li>{@code -X gil=ticks:N}: Python 2's lock. The holder releases it every N ticks (loop iterations and calls)
 * and immediately tries to take it back, so waiting threads race for it: the "convoy effect".</li>
 * <li>{@code -X gil-trace=FILE}: write a Chrome trace-event JSON of who held the lock when.</li>
 * </ul>
 *
 * @param ticks ticks between checks in the legacy mode, 0 in the time-based mode
 * @param traceFile where to write the trace, or null
 */
public record GilSettings(int ticks, String traceFile) {
    public static final GilSettings DEFAULT = new GilSettings(0, null);

    public boolean tickMode() {
        return ticks > 0;
    }

    /** The GIL settings among the {@code -X} options; IllegalArgumentException names a malformed one. */
    public static GilSettings parse(Map<String, String> xOptions) {
        int ticks = 0;
        String mode = xOptions.get("gil");
        if (mode != null && !mode.equals("interval")) {
            if (!mode.startsWith("ticks:")) {
                throw new IllegalArgumentException("-X gil=" + mode + ": expected 'interval' or 'ticks:N'");
            }
            try {
                ticks = Integer.parseInt(mode.substring("ticks:".length()));
            } catch (NumberFormatException e) {
                ticks = -1;
            }
            if (ticks <= 0) {
                throw new IllegalArgumentException("-X gil=" + mode + ": N must be a positive integer");
            }
        }
        String trace = xOptions.get("gil-trace");
        if (trace != null && (trace.isEmpty() || trace.equals("true"))) {
            throw new IllegalArgumentException("-X gil-trace needs a file name: -X gil-trace=FILE");
        }
        return new GilSettings(ticks, trace);
    }
}
