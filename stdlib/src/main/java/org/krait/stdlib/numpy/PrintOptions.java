package org.krait.stdlib.numpy;

import org.krait.runtime.KraitContext;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * numpy's print options ({@code np.set_printoptions}): digits of floats, when to summarise, how many items to show
 * at each edge, the line width, and whether to avoid scientific notation for small numbers. Each interpreter
 * (context) has its own, as each has its own numpy.
 */
record PrintOptions(int precision, int threshold, int edgeItems, int lineWidth, boolean suppress) {
    static final PrintOptions DEFAULT = new PrintOptions(8, 1000, 3, 75, false);

    private static final Map<KraitContext, PrintOptions> BY_CONTEXT = Collections.synchronizedMap(new WeakHashMap<>());

    /** The options of the running context. */
    static PrintOptions current() {
        return BY_CONTEXT.getOrDefault(KraitContext.get(null), DEFAULT);
    }

    static void set(PrintOptions options) {
        BY_CONTEXT.put(KraitContext.get(null), options);
    }
}
