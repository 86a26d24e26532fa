package org.krait.gil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oracle.truffle.api.TruffleSafepoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.krait.runtime.KraitContext;

/**
 * The GIL itself, driven by Java threads that enter one Krait context the way Python threads do: they hold the
 * lock while "running Krait code" and poll safepoints as Truffle's loops and calls do, which is where the holder
 * drops the lock on request. Timing bounds are loose on purpose: they check the mechanism, not the machine.
 */
class GlobalInterpreterLockTest {
    private Context context;
    private GlobalInterpreterLock gil;

    @BeforeEach
    void createContext() {
        context = Context.newBuilder("krait").allowCreateThread(true).build();
        context.initialize("krait");
        context.enter();
        gil = KraitContext.get(null).gil();
        context.leave();
    }

    @AfterEach
    void closeContext() {
        context.close(true);
    }

    /** Body of a thread that has entered the context; {@code state} is its interpreter state. */
    private interface Body {
        void run(ThreadState state) throws Exception;
    }

    /** Runs {@code n} threads in the context and rethrows the first failure. */
    private void runThreads(int n, Body body) {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            threads.add(new Thread(() -> {
                context.enter();
                try {
                    body.run(KraitContext.get(null).threadStateOfCurrentThread());
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                } finally {
                    if (gil.isHeldByCurrentThread()) {
                        gil.release();
                    }
                    context.leave();
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        if (failure.get() != null) {
            throw new AssertionError("a thread failed", failure.get());
        }
    }

    private int shared;

    @Test
    void mutualExclusionUnderManyThreads() {
        gil.setSwitchInterval(0.0001);
        AtomicInteger inside = new AtomicInteger();
        int threads = 8;
        int rounds = 300;
        int segments = 50;
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> runThreads(threads, state -> {
            for (int r = 0; r < rounds; r++) {
                gil.acquire(state, null);
                for (int s = 0; s < segments; s++) {
                    // between two safepoints the holder runs alone
                    assertTrue(gil.isHeldByCurrentThread());
                    assertEquals(1, inside.incrementAndGet());
                    int v = shared;
                    Thread.onSpinWait();
                    shared = v + 1;
                    inside.decrementAndGet();
                    // a safepoint: the holder may drop the lock here for a thread that asked
                    TruffleSafepoint.poll(null);
                }
                gil.release();
            }
        }));
        assertEquals(threads * rounds * segments, shared);
        assertTrue(gil.switches() > 0);
    }

    @Test
    void switchIntervalIsHonoured() {
        double interval = 0.02;
        gil.setSwitchInterval(interval);
        long runNanos = 1_000_000_000L;
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> runThreads(2, state -> {
            gil.acquire(state, null);
            long start = System.nanoTime();
            while (System.nanoTime() - start < runNanos) {
                // a CPU-bound loop: polls, never releases by itself
                TruffleSafepoint.poll(null);
                if (gil.current() != state || !gil.isHeldByCurrentThread()) {
                    throw new AssertionError("running without the GIL");
                }
            }
            gil.release();
        }));
        long switches = gil.switches();
        long forced = gil.forcedDrops();
        // two CPU-bound threads for a second with a 20 ms interval: about 50 forced switches
        assertTrue(switches >= 5, "switches: " + switches);
        assertTrue(forced >= 5, "forced drops: " + forced);
        // a waiter waits a whole interval before it asks: never many more switches than the interval allows
        double maxSwitches = 2 * runNanos / 1e9 / interval * 1.5 + 5;
        assertTrue(switches <= maxSwitches, "switches: " + switches + " > " + maxSwitches);
    }

    @Test
    void noLostWakeUps() {
        // timed waits would hide a lost wake-up: make the interval far longer than the test may take
        gil.setSwitchInterval(1000);
        int threads = 6;
        AtomicInteger done = new AtomicInteger();
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> runThreads(threads, state -> {
            for (int i = 0; i < 400; i++) {
                gil.acquire(state, null);
                if (ThreadLocalRandom.current().nextInt(4) == 0) {
                    GlobalInterpreterLock.blocking(null, x -> {
                        Thread.sleep(0, 200_000);
                        return null;
                    }, null);
                }
                gil.release();
                if (ThreadLocalRandom.current().nextBoolean()) {
                    Thread.yield();
                }
            }
            done.incrementAndGet();
        }));
        assertEquals(threads, done.get());
    }

    @Test
    void blockingCallsReleaseTheLock() {
        // no drop requests: the other thread can only run if the blocked one released the lock
        gil.setSwitchInterval(1000);
        CountDownLatch holderBlocked = new CountDownLatch(1);
        CountDownLatch otherRan = new CountDownLatch(1);
        CountDownLatch unlockedRan = new CountDownLatch(1);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> runThreads(2, new Body() {
            private final AtomicInteger turn = new AtomicInteger();

            @Override
            public void run(ThreadState state) throws Exception {
                if (turn.getAndIncrement() == 0) {
                    gil.acquire(state, null);
                    holderBlocked.countDown();
                    GlobalInterpreterLock.blocking(null, latch -> {
                        latch.await();
                        return null;
                    }, otherRan);
                    assertTrue(gil.isHeldByCurrentThread(), "blocking() returns with the GIL held");
                    try (var unlocked = GlobalInterpreterLock.unlocked(null)) {
                        assertTrue(!gil.isHeldByCurrentThread());
                        unlockedRan.await();
                    }
                    assertTrue(gil.isHeldByCurrentThread(), "unlocked() gives the GIL back on close");
                } else {
                    holderBlocked.await();
                    gil.acquire(state, null);
                    otherRan.countDown();
                    gil.release();
                    gil.acquire(state, null);
                    unlockedRan.countDown();
                    gil.release();
                }
            }
        }));
    }

    @Test
    void aWaitingThreadGetsTheLockFromABusyHolder() {
        gil.setSwitchInterval(0.005);
        CountDownLatch holding = new CountDownLatch(1);
        AtomicInteger stop = new AtomicInteger();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> runThreads(2, new Body() {
            private final AtomicInteger turn = new AtomicInteger();

            @Override
            public void run(ThreadState state) throws Exception {
                if (turn.getAndIncrement() == 0) {
                    gil.acquire(state, null);
                    holding.countDown();
                    while (stop.get() == 0) {
                        TruffleSafepoint.poll(null);
                    }
                    gil.release();
                } else {
                    holding.await();
                    gil.acquire(state, null);
                    stop.set(1);
                    gil.release();
                }
            }
        }));
        assertTrue(gil.dropRequests() >= 1);
        assertTrue(gil.forcedDrops() >= 1);
    }

    @Test
    void theSwitchIntervalIsKeptInMicroseconds() {
        gil.setSwitchInterval(0.0000001);
        assertEquals(0.0, gil.switchInterval());
        gil.setSwitchInterval(0.25);
        assertEquals(0.25, gil.switchInterval());
        assertEquals(0.005, GlobalInterpreterLock.DEFAULT_INTERVAL_MICROS / 1e6);
    }
}
