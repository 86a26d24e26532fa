package org.krait.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * The memoryviews exporting a bytearray, which cannot change size while one is live (CPython's export count).
 * CPython frees a view the moment the program drops it; here a dropped view counts until the collector notices,
 * so before refusing a resize a collection runs to tell dropped views from live ones.
 * <p>
 * A program that resizes while dropping fresh views in a loop would collect at every step. Once several
 * collections in a row found only dropped views, views created since the last collection are taken for dropped
 * (as they nearly always are) for a number of resizes that doubles each time the next collection confirms it;
 * views that lived through a collection are always checked.
 */
final class BufferExports {
    /** Useless collections in a row before fresh views are trusted to be dropped. */
    private static final int STREAK = 8;
    private static final int MAX_SKIPS = 1 << 20;

    private final List<WeakReference<PyMemoryView>> views = new ArrayList<>();
    /** Size of {@link #views} at which it is next pruned of dead views, keeping additions amortized O(1). */
    private int pruneAt = 16;
    private int uselessCollections;
    private int skips;
    private int skipsLeft;

    void add(PyMemoryView view) {
        if (views.size() >= pruneAt) {
            prune();
            pruneAt = Math.max(16, 2 * views.size());
        }
        views.add(new WeakReference<>(view));
    }

    private void prune() {
        views.removeIf(r -> !(r.get() instanceof PyMemoryView v) || v.isReleased());
    }

    /** Whether a live view exports the bytearray. */
    boolean any() {
        prune();
        if (views.isEmpty()) {
            return false;
        }
        boolean onlyFresh = views.stream().noneMatch(r -> r.get() instanceof PyMemoryView v && v.survivedCollection);
        if (onlyFresh && skipsLeft > 0) {
            skipsLeft--;
            return false;
        }
        System.gc();
        prune();
        if (views.isEmpty()) {
            if (onlyFresh && ++uselessCollections >= STREAK) {
                skips = Math.min(MAX_SKIPS, Math.max(16, 2 * skips));
                skipsLeft = skips;
            }
            return false;
        }
        for (WeakReference<PyMemoryView> r : views) {
            if (r.get() instanceof PyMemoryView v) {
                v.survivedCollection = true;
            }
        }
        uselessCollections = 0;
        skips = 0;
        return true;
    }
}
