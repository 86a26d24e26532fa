package org.krait.jit;

import org.krait.gil.GlobalInterpreterLock;
import org.krait.runtime.KraitContext;

/**
 * THE place where jitted code leaves and re-enters the global interpreter lock (the only class of this module that
 * touches it):
 * <ul>
 * <li>the generated entry {@code invoke(Object[])} of a {@code @jit(nogil=True)} function calls {@link #release()}
 * after unboxing its arguments and {@link #acquire(Object)} with what it returned before boxing the result (also
 * when the compiled code throws), so other Python threads run while the compiled code does;</li>
 * <li>{@code print()} inside such code takes the lock back for the print: {@link #reacquire()} and
 * {@link #releaseAgain(Object)} around it.</li>
 * </ul>
 * Without {@code nogil=True} the lock stays held, as in Numba.
 */
public final class Gil {
    private Gil() {
    }

    /** Drops the GIL; returns what {@link #acquire} needs to take it back. */
    public static Object release() {
        return GlobalInterpreterLock.unlocked(null);
    }

    /** Takes the GIL back after {@link #release}. */
    public static void acquire(Object released) {
        ((GlobalInterpreterLock.Unlocked) released).close();
    }

    /** In code running without the GIL: takes it for a moment; returns what {@link #releaseAgain} needs. */
    public static Object reacquire() {
        KraitContext context = KraitContext.get(null);
        GlobalInterpreterLock gil = context.gil();
        return gil.acquireIfNotHeld(context.threadState(), null) ? gil : null;
    }

    /** Drops the GIL taken by {@link #reacquire}. */
    public static void releaseAgain(Object taken) {
        if (taken != null) {
            ((GlobalInterpreterLock) taken).release();
        }
    }
}
