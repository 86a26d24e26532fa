package org.krait.jit;

/**
 * THE place where calls into {@code @jit(nogil=True)} code leave and re-enter the global interpreter lock: the
 * generated entry of such a function calls {@link #release()} after unboxing its arguments and {@link #acquire()}
 * before boxing its result (also when the compiled code throws). Nothing else in jitted code touches interpreter
 * state, so other Python threads may run meanwhile; the one exception, {@code print()} inside such code,
 * takes the GIL back for the duration of the print ({@link org.krait.jit.codegen.JitIO#print}).
 *
 * <p>The GIL itself is built in the engine separately; until it is merged there is no lock to release and both
 * methods do nothing. Wiring: release = drop the current thread's hold on its context's GIL, acquire = take it
 * back (waiting as long as needed).
 */
public final class Gil {
    private Gil() {
    }

    public static void release() {
    }

    public static void acquire() {
    }
}
