package org.krait.jit.parallel;

import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * Runs the iterations of a {@code prange} loop on a fork/join pool with one worker per core. The loop body was
 * compiled into a chunk method {@code (lo, hi, start, step, env) -> partials} that runs iterations {@code lo..hi-1}
 * with its own copy of the variables (from {@code env}) and returns its partial reductions; the caller combines
 * them in chunk order, so a run's result does not depend on thread timing.
 */
public final class JitParallel {
    private static final ForkJoinPool POOL = new ForkJoinPool(Runtime.getRuntime().availableProcessors(),
            pool -> {
                var t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
                t.setName("krait-prange-" + t.getPoolIndex());
                t.setDaemon(true);
                return t;
            }, null, false);
    /** Chunks per worker: a few, so uneven iterations still balance. */
    private static final int CHUNKS_PER_WORKER = 4;

    private JitParallel() {
    }

    public static Object[][] run(MethodHandle chunk, long start, long step, long count, Object[] env) {
        int workers = POOL.getParallelism();
        int chunks = (int) Math.max(1, Math.min(count, (long) workers * CHUNKS_PER_WORKER));
        if (chunks == 1 || workers == 1) {
            return new Object[][]{invoke(chunk, 0, count, start, step, env)};
        }
        List<ForkJoinTask<Object[]>> tasks = new ArrayList<>(chunks);
        for (int c = 0; c < chunks; c++) {
            long lo = count * c / chunks;
            long hi = count * (c + 1) / chunks;
            tasks.add(POOL.submit(() -> invoke(chunk, lo, hi, start, step, env)));
        }
        Object[][] partials = new Object[chunks][];
        RuntimeException failure = null;
        for (int c = 0; c < chunks; c++) {
            try {
                partials[c] = tasks.get(c).get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a prange loop", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
        return partials;
    }

    private static Object[] invoke(MethodHandle chunk, long lo, long hi, long start, long step, Object[] env) {
        try {
            return (Object[]) chunk.invokeExact(lo, hi, start, step, env);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
